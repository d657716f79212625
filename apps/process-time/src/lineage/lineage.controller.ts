import { Query } from '@nestjs/common';
import { FlowApi, LineageDto, LineageRoute } from '@p2c/flow';
import { Role } from '@p2c/security';
import { TimeLineageQueryDto } from './dto/time-lineage.query.dto';
import { ReadTimeLineageUseCase } from './read-time-lineage.use-case';

@FlowApi('lineage', Role.Admin, Role.Service, Role.Finance, Role.Delivery)
export class LineageController {
  constructor(private readonly read: ReadTimeLineageUseCase) {}

  @LineageRoute({
    operationId: 'getTimeLineage',
    summary: 'Where approved entries went: each entry and its postings to the ERP',
    description:
      'From the sync ledger: every version posted, corrected or reversed under the posting id, with the ERP’s id, status and times.',
  })
  get(@Query() query: TimeLineageQueryDto): Promise<LineageDto> {
    return this.read.execute(query);
  }
}
