import { Injectable } from '@nestjs/common';
import { SandboxErrorCode, SandboxException } from '../sandbox.exception';
import { StateRecord } from '../world/vendor-state';
import { WorldService } from '../world/world.service';
import { WON_STAGE } from './crm-objects';

/** What a salesperson does in the CRM's own screens. */
@Injectable()
export class CrmAdminService {
  constructor(private readonly worlds: WorldService) {}

  /** Marks an opportunity won today: stage Closed Won, close date the sandbox's today. */
  closeWon(crmId: string): StateRecord {
    const crm = this.worlds.current.crm;
    if (!crm.records('Opportunity').has(crmId))
      throw new SandboxException(
        SandboxErrorCode.RECORD_NOT_FOUND,
        `The CRM has no opportunity ${crmId}.`,
      );
    return crm.update('Opportunity', crmId, { StageName: WON_STAGE, CloseDate: crm.clock.today() });
  }
}
