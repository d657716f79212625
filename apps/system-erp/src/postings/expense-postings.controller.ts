import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ErpExpensePostingDto,
  ExpensePostingBatchDto,
  MAX_POSTING_BATCH,
  PostingBatchAnswerDto,
  PostingLookupQueryDto,
  ExpensePostingLookupDto,
  UpsertErpExpensePostingDto,
} from '@p2c/canonical';
import { Idempotent } from '@p2c/security';
import { ErpApi } from '../erp/erp-api-responses.decorator';
import { IdParamsDto } from '../erp/dto/id-params.dto';
import { GetExpensePostingUseCase } from './get-expense-posting.use-case';
import { LookupExpensePostingsUseCase } from './lookup-postings.use-case';
import { PostExpensePostingBatchUseCase } from './post-posting-batch.use-case';
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
    private readonly lookupPostings: LookupExpensePostingsUseCase,
    private readonly batchPostings: PostExpensePostingBatchUseCase,
  ) {}

  @Post('batch')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({
    summary: `Post up to ${MAX_POSTING_BATCH} expense postings in one ERP call`,
    description:
      'Each posting as its PUT would post it (upsert by external id = the posting id, so a repeated batch changes the same expenseReports), all in one list upsert: one call against the ERP’s limits. Each posting stands alone: `posted` with its erpId, or `refused` with the reason code its PUT would answer (PERIOD_CLOSED, PROJECT_NOT_ACTIVE, PROJECT_NOT_IN_ERP, WORKER_UNMAPPED, CURRENCY_MISMATCH, UNKNOWN_CURRENCY, VENDOR_REJECTED with vendorCode) while the others post. More than 100, none, an id twice or a malformed posting: 400, nothing written. The ERP limiting or failing the call: 429 or 503 for the whole batch, safe to repeat.',
  })
  @ApiOkResponse({ type: PostingBatchAnswerDto })
  batch(@Body() body: ExpensePostingBatchDto): Promise<PostingBatchAnswerDto> {
    return this.batchPostings.execute(body.postings);
  }

  @Get()
  @ApiOperation({
    summary: 'Many expense postings as the ERP holds them, by id, in one ERP query',
    description:
      'Repeat `id` (at most 100): the postings the ERP holds of those asked for, any it lacks left out. After a crash between the ERP’s answer to a batch and the caller’s commit, this tells in one call which of the batch landed.',
  })
  @ApiOkResponse({ type: ExpensePostingLookupDto })
  async lookup(@Query() query: PostingLookupQueryDto): Promise<ExpensePostingLookupDto> {
    return { items: await this.lookupPostings.execute(query.id) };
  }

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
