import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateErpInvoiceDto, ErpInvoiceDto, ErpInvoicePaymentsDto } from '@p2c/canonical';
import { ErpApi } from '../erp/erp-api-responses.decorator';
import { IdParamsDto } from '../erp/dto/id-params.dto';
import { CreateInvoiceUseCase } from './create-invoice.use-case';
import { GetInvoiceUseCase } from './get-invoice.use-case';
import { ListInvoicePaymentsUseCase } from './list-invoice-payments.use-case';

@ApiTags('invoices')
@ErpApi()
@Controller('invoices')
export class InvoicesController {
  constructor(
    private readonly createInvoice: CreateInvoiceUseCase,
    private readonly getInvoice: GetInvoiceUseCase,
    private readonly listPayments: ListInvoicePaymentsUseCase,
  ) {}

  @Put(':id')
  @ApiOperation({
    summary: 'Raise a project’s invoice in the ERP, once',
    description:
      'The id is the canonical invoice id (the billing event id) and becomes the ERP invoice’s external id. An invoice the ERP already holds under it is answered unchanged: a retry never makes a second one or rewrites an issued one.',
  })
  @ApiOkResponse({ type: ErpInvoiceDto })
  @ApiConflictResponse({ description: 'problem+json CROSS_REFERENCE_CONFLICT' })
  create(@Param() params: IdParamsDto, @Body() body: CreateErpInvoiceDto): Promise<ErpInvoiceDto> {
    return this.createInvoice.execute(params.id, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'An invoice’s number, amounts and payment status' })
  @ApiOkResponse({ type: ErpInvoiceDto })
  get(@Param() params: IdParamsDto): Promise<ErpInvoiceDto> {
    return this.getInvoice.execute(params.id);
  }

  @Get(':id/payments')
  @ApiOperation({ summary: 'The customer payments applied to an invoice' })
  @ApiOkResponse({ type: ErpInvoicePaymentsDto })
  payments(@Param() params: IdParamsDto): Promise<ErpInvoicePaymentsDto> {
    return this.listPayments.execute(params.id);
  }
}
