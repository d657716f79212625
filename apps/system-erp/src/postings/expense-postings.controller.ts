import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErpExpensePostingDto, UpsertErpExpensePostingDto } from '@p2c/canonical';
import { ErpApi } from '../erp/erp-api-responses.decorator';
import { IdParamsDto } from '../erp/dto/id-params.dto';
import { GetExpensePostingUseCase } from './get-expense-posting.use-case';
import { ReverseExpensePostingUseCase } from './reverse-expense-posting.use-case';
import { UpsertExpensePostingUseCase } from './upsert-expense-posting.use-case';

@ApiTags('expense postings')
@ErpApi()
@Controller('expense-postings')
export class ExpensePostingsController {
  constructor(
    private readonly getPosting: GetExpensePostingUseCase,
    private readonly upsertPosting: UpsertExpensePostingUseCase,
    private readonly reversePosting: ReverseExpensePostingUseCase,
  ) {}

  @Get(':id')
  @ApiOperation({
    summary: 'An expense posting as the ERP holds it',
    description:
      '404 NOT_FOUND when the ERP has none: after a crash between the ERP’s answer and the caller’s commit, this tells whether the posting landed.',
  })
  @ApiOkResponse({ type: ErpExpensePostingDto })
  get(@Param() params: IdParamsDto): Promise<ErpExpensePostingDto> {
    return this.getPosting.execute(params.id);
  }

  @Put(':id')
  @ApiOperation({
    summary: 'Post an approved expense to the ERP’s project accounting (an expenseReport)',
    description:
      'Upsert by external id = the posting id, which the caller derives from the expense (never random per attempt): the same posting twice is one expenseReport. Putting it again with another amount corrects it in place (and puts a reversed posting back). The amount must be in the project’s currency (CURRENCY_MISMATCH).',
  })
  @ApiOkResponse({ type: ErpExpensePostingDto })
  @ApiConflictResponse({ description: 'problem+json CROSS_REFERENCE_CONFLICT' })
  upsert(
    @Param() params: IdParamsDto,
    @Body() body: UpsertErpExpensePostingDto,
  ): Promise<ErpExpensePostingDto> {
    return this.upsertPosting.execute(params.id, body);
  }

  @Post(':id/reversal')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Take an expense posting out of project accounting',
    description:
      'The expenseReport is set to Rejected, which no longer counts: the net of a withdrawn expense is zero. Idempotent.',
  })
  @ApiOkResponse({ type: ErpExpensePostingDto })
  reverse(@Param() params: IdParamsDto): Promise<ErpExpensePostingDto> {
    return this.reversePosting.execute(params.id);
  }
}
