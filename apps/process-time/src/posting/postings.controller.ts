import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Role, Roles } from '@p2c/security';
import { ListPostingsQueryDto } from './dto/list-postings.query.dto';
import { PostingDetailDto } from './dto/posting-detail.dto';
import { PostingIdParamDto } from './dto/posting-id.param.dto';
import { PostingPageDto } from './dto/posting-page.dto';
import { GetPostingUseCase } from './get-posting.use-case';
import { ListPostingsUseCase } from './list-postings.use-case';

@ApiTags('postings')
@ApiBearerAuth()
@Roles(Role.Admin, Role.Service, Role.Finance)
@Controller('postings')
export class PostingsController {
  constructor(
    private readonly list: ListPostingsUseCase,
    private readonly get: GetPostingUseCase,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listPostings',
    summary: 'Approved time and expenses and where their postings stand',
  })
  @ApiOkResponse({ type: PostingPageDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED or INVALID_CURSOR' })
  listPostings(@Query() query: ListPostingsQueryDto): Promise<PostingPageDto> {
    return this.list.execute(query);
  }

  @Get(':id')
  @ApiOperation({
    operationId: 'getPosting',
    summary: 'One posting with its lineage and open exception',
    description:
      'Lineage: PSA version → gateway (intake), → ERP timeBill (posting, correction in place), reversal; for expenses → the gateway’s ledger.',
  })
  @ApiOkResponse({ type: PostingDetailDto })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND' })
  getPosting(@Param() params: PostingIdParamDto): Promise<PostingDetailDto> {
    return this.get.execute(params.id);
  }
}
