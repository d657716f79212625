import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ErpPageQueryDto,
  TimePostingPageDto,
  TimePostingSummaryDto,
  TimePostingSummaryQueryDto,
} from '@p2c/canonical';
import { ErpApi } from '../erp/erp-api-responses.decorator';
import { IdParamsDto } from '../erp/dto/id-params.dto';
import { ListProjectPostingsUseCase } from './list-project-postings.use-case';
import { SummarizeProjectPostingsUseCase } from './summarize-project-postings.use-case';

@ApiTags('time postings')
@ErpApi()
@Controller('projects/:id/time-postings')
export class ProjectTimePostingsController {
  constructor(
    private readonly list: ListProjectPostingsUseCase,
    private readonly summary: SummarizeProjectPostingsUseCase,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'A project’s time postings, a page at a time',
    description: 'Reads as many ERP pages (SuiteQL) as the page needs.',
  })
  @ApiOkResponse({ type: TimePostingPageDto })
  page(@Param() params: IdParamsDto, @Query() query: ErpPageQueryDto): Promise<TimePostingPageDto> {
    return this.list.page(params.id, query.limit, query.cursor);
  }

  @Get('summary')
  @ApiOperation({
    summary: 'What a project’s time adds up to in the ERP (for reconciliation)',
    description: 'Counts, minutes and billable value of the postings that count, by work date.',
  })
  @ApiOkResponse({ type: TimePostingSummaryDto })
  sum(
    @Param() params: IdParamsDto,
    @Query() query: TimePostingSummaryQueryDto,
  ): Promise<TimePostingSummaryDto> {
    return this.summary.execute(params.id, query);
  }
}
