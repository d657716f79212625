import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { PsaInvoiceDto, UpsertPsaInvoiceDto } from '@p2c/canonical';
import { ServiceApi } from '@p2c/security';
import { InvoiceIdParamDto } from './dto/invoice-id.param.dto';
import { InvoicesUseCase } from './invoices.use-case';

@ServiceApi('invoices')
@Controller('invoices')
export class InvoicesController {
  constructor(private readonly invoices: InvoicesUseCase) {}

  @Put(':id')
  @ApiOperation({
    summary: 'Record an invoice in the PSA, or bring its number, status and payment up to date',
    description:
      'Idempotent. The first call records the invoice and links the time entries and expenses it bills (they must be approved and not yet invoiced); later calls update number, status, dates and amounts.',
  })
  @ApiOkResponse({ type: PsaInvoiceDto })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: the project was never set up in the PSA' })
  @ApiUnprocessableEntityResponse({ description: 'CURRENCY_MISMATCH or VENDOR_REJECTED' })
  upsert(
    @Param() params: InvoiceIdParamDto,
    @Body() invoice: UpsertPsaInvoiceDto,
  ): Promise<PsaInvoiceDto> {
    return this.invoices.upsert(params.id, invoice);
  }

  @Get(':id')
  @ApiOperation({ summary: 'An invoice as recorded in the PSA' })
  @ApiOkResponse({ type: PsaInvoiceDto })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: not recorded in the PSA' })
  get(@Param() params: InvoiceIdParamDto): Promise<PsaInvoiceDto> {
    return this.invoices.get(params.id);
  }
}
