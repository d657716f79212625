import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { OpportunityChangesDto, OpportunityDto } from '@p2c/canonical';
import { ServiceApi } from '@p2c/security';
import { ChangesQueryDto } from '../changes/changes-query.dto';
import { CanonicalIdParamDto } from '../common/dto/canonical-id-param.dto';
import { CrmIdParamDto } from '../common/dto/crm-id-param.dto';
import { CrmProblemResponses } from '../common/crm-problem-responses.decorator';
import { StageChangesQueryDto } from './stage-changes-query.dto';
import { GetOpportunity } from './get-opportunity.use-case';
import { ReadOpportunityChanges } from './read-opportunity-changes.use-case';

@ServiceApi('opportunities')
@CrmProblemResponses()
@Controller('opportunities')
export class OpportunitiesController {
  constructor(
    private readonly changes: ReadOpportunityChanges,
    private readonly opportunities: GetOpportunity,
  ) {}

  @Get('closed-won/changes')
  @ApiOperation({
    summary: 'Closed-won deals changed since a cursor or a consumer\u2019s checkpoint',
    description:
      'Deals won in the CRM, in the order they last changed (LastModifiedDate, then CRM id), after `cursor` \u2014 or, without one, after the checkpoint `consumer` saved with PUT /checkpoints/closed-won-opportunities/{consumer}, or from the start. Reading does not move the checkpoint: save `nextCursor` once the page is processed. At least once: a deal changed again later comes again.',
  })
  @ApiOkResponse({ type: OpportunityChangesDto })
  changed(@Query() query: ChangesQueryDto): Promise<OpportunityChangesDto> {
    return this.changes.closedWon(query);
  }

  @Get('changes')
  @ApiOperation({
    summary: 'Deals at given stages changed since a cursor or a consumer\u2019s checkpoint',
    description:
      'Deals whose stage is one of `stage` (repeat it for several, e.g. `stage=Negotiation&stage=Closed Lost`), in the order they last changed (LastModifiedDate, then CRM id), after `cursor` \u2014 or, without one, after the checkpoint `consumer` saved with PUT /checkpoints/opportunity-stages/{consumer}, or from the start. A consumer reads with the same stages every time, as its checkpoint is one position in that feed. A deal that moves on to another stage leaves the feed; one changed again at a listed stage comes again.',
  })
  @ApiOkResponse({ type: OpportunityChangesDto })
  atStages(@Query() query: StageChangesQueryDto): Promise<OpportunityChangesDto> {
    return this.changes.atStages(query);
  }

  @Get('crm/:crmId')
  @ApiOperation({
    summary: 'A deal by its CRM id',
    description:
      'Gives the deal its canonical id if it has none yet (e.g. to start an onboarding by hand).',
  })
  @ApiOkResponse({ type: OpportunityDto })
  byCrmId(@Param() { crmId }: CrmIdParamDto): Promise<OpportunityDto> {
    return this.opportunities.byCrmId(crmId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A deal by its canonical id' })
  @ApiOkResponse({ type: OpportunityDto })
  byId(@Param() { id }: CanonicalIdParamDto): Promise<OpportunityDto> {
    return this.opportunities.byId(id);
  }
}
