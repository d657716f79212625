import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  MAX_POSTING_BATCH,
  PostingBatchAnswerDto,
  PostingLookupQueryDto,
  TimePostingLookupDto,
  TimePostingBatchDto,
  TimePostingDto,
  UpsertTimePostingDto,
} from '@p2c/canonical';
import { Idempotent } from '@p2c/security';
import { ErpApi } from '../erp/erp-api-responses.decorator';
import { IdParamsDto } from '../erp/dto/id-params.dto';
import { GetTimePostingUseCase } from './get-time-posting.use-case';
import { LookupTimePostingsUseCase } from './lookup-postings.use-case';
import { PostTimePostingBatchUseCase } from './post-posting-batch.use-case';
import { ReverseTimePostingUseCase } from './reverse-time-posting.use-case';
import { UpsertTimePostingUseCase } from './upsert-time-posting.use-case';

@ApiTags('time postings')
@ErpApi()
@Controller('time-postings')
export class TimePostingsController {
  constructor(
    private readonly getPosting: GetTimePostingUseCase,
    private readonly upsertPosting: UpsertTimePostingUseCase,
    private readonly reversePosting: ReverseTimePostingUseCase,
    private readonly lookupPostings: LookupTimePostingsUseCase,
    private readonly batchPostings: PostTimePostingBatchUseCase,
  ) {}

  @Post('batch')
  @HttpCode(200)
  @Idempotent()
  @ApiOperation({
    summary: `Post up to ${MAX_POSTING_BATCH} postings of approved time in one ERP call`,
    description:
      'Each posting as its PUT would post it (upsert by external id = the posting id, so a repeated batch changes the same timeBills), all in one list upsert: one call against the ERP’s limits. Each posting stands alone: `posted` with its erpId, or `refused` with the reason code its PUT would answer (PERIOD_CLOSED, PROJECT_NOT_ACTIVE, PROJECT_NOT_IN_ERP, WORKER_UNMAPPED, CURRENCY_MISMATCH, INVALID_HOURS, VENDOR_REJECTED with vendorCode) while the others post. More than 100, none, an id twice or a malformed posting: 400, nothing written. The ERP limiting or failing the call: 429 or 503 for the whole batch, safe to repeat.',
  })
  @ApiOkResponse({ type: PostingBatchAnswerDto })
  batch(@Body() body: TimePostingBatchDto): Promise<PostingBatchAnswerDto> {
    return this.batchPostings.execute(body.postings);
  }

  @Get()
  @ApiOperation({
    summary: 'Many time postings as the ERP holds them, by id, in one ERP query',
    description:
      'Repeat `id` (at most 100): the postings the ERP holds of those asked for, any it lacks left out. After a crash between the ERP’s answer to a batch and the caller’s commit, this tells in one call which of the batch landed.',
  })
  @ApiOkResponse({ type: TimePostingLookupDto })
  async lookup(@Query() query: PostingLookupQueryDto): Promise<TimePostingLookupDto> {
    return { items: await this.lookupPostings.execute(query.id) };
  }

  @Get(':id')
  @ApiOperation({
    summary: 'A posting as the ERP holds it',
    description:
      '404 NOT_FOUND when the ERP has none: after a crash between the ERP’s answer and the caller’s commit, this tells whether the posting landed.',
  })
  @ApiOkResponse({ type: TimePostingDto })
  get(@Param() params: IdParamsDto): Promise<TimePostingDto> {
    return this.getPosting.execute(params.id);
  }

  @Put(':id')
  @ApiOperation({
    summary: 'Post approved time to the ERP’s project accounting (a timeBill)',
    description:
      'Upsert by external id = the posting id, which the caller derives from the entry (never random per attempt): the same posting twice is one timeBill. Putting it again with other hours corrects the one timeBill in place (and puts a reversed posting back).',
  })
  @ApiOkResponse({ type: TimePostingDto })
  @ApiConflictResponse({ description: 'problem+json CROSS_REFERENCE_CONFLICT' })
  upsert(
    @Param() params: IdParamsDto,
    @Body() body: UpsertTimePostingDto,
  ): Promise<TimePostingDto> {
    return this.upsertPosting.execute(params.id, body);
  }

  @Post(':id/reversal')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Take a posting out of project accounting',
    description:
      'The timeBill is set to Rejected, which no longer counts: the net of a withdrawn entry is zero. Idempotent.',
  })
  @ApiOkResponse({ type: TimePostingDto })
  reverse(@Param() params: IdParamsDto): Promise<TimePostingDto> {
    return this.reversePosting.execute(params.id);
  }
}
