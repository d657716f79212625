import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateErpCreditMemoDto, ErpCreditMemoDto } from '@p2c/canonical';
import { ErpApi } from '../erp/erp-api-responses.decorator';
import { IdParamsDto } from '../erp/dto/id-params.dto';
import { CreateCreditMemoUseCase } from './create-credit-memo.use-case';
import { GetCreditMemoUseCase } from './get-credit-memo.use-case';

@ApiTags('credit-memos')
@ErpApi()
@Controller('credit-memos')
export class CreditMemosController {
  constructor(
    private readonly createCreditMemo: CreateCreditMemoUseCase,
    private readonly getCreditMemo: GetCreditMemoUseCase,
  ) {}

  @Put(':id')
  @ApiOperation({
    summary: 'Raise a project’s credit memo in the ERP, once',
    description:
      'What a correction takes back from work already invoiced, as positive amounts; a sent invoice is never edited. The id is the canonical id (the billing event id) and becomes the ERP credit memo’s external id. A credit memo the ERP already holds under it is answered unchanged: a retry never makes a second one or rewrites it. 422 INVOICE_NOT_IN_ERP when `creditedInvoice` names an invoice the ERP does not hold.',
  })
  @ApiOkResponse({ type: ErpCreditMemoDto })
  @ApiConflictResponse({ description: 'problem+json CROSS_REFERENCE_CONFLICT' })
  create(
    @Param() params: IdParamsDto,
    @Body() body: CreateErpCreditMemoDto,
  ): Promise<ErpCreditMemoDto> {
    return this.createCreditMemo.execute(params.id, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A credit memo’s number and amounts' })
  @ApiOkResponse({ type: ErpCreditMemoDto })
  get(@Param() params: IdParamsDto): Promise<ErpCreditMemoDto> {
    return this.getCreditMemo.execute(params.id);
  }
}
