import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TimePostingDto, UpsertTimePostingDto } from '@p2c/canonical';
import { ErpApi } from '../erp/erp-api-responses.decorator';
import { IdParamsDto } from '../erp/dto/id-params.dto';
import { GetTimePostingUseCase } from './get-time-posting.use-case';
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
  ) {}

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
