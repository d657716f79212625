import { Injectable } from '@nestjs/common';
import { VENDORS, Vendor, VendorBehaviour } from '../scenario/scenario.types';
import { SandboxErrorCode, SandboxException } from '../sandbox.exception';
import { WorldService } from '../world/world.service';
import { FaultsDto } from './faults.dto';

/** The vendors' fault settings in the current world (a reset restores the scenario's). */
@Injectable()
export class FaultsService {
  constructor(private readonly worlds: WorldService) {}

  list(): FaultsDto[] {
    const { faults } = this.worlds.current;
    return VENDORS.map((system) => ({ system, ...structuredClone(faults[system]) }));
  }

  replace(settings: FaultsDto): FaultsDto {
    const { system, ...behaviour } = settings;
    if ((behaviour.errorRate ?? 0) + (behaviour.timeoutRate ?? 0) > 1)
      throw new SandboxException(
        SandboxErrorCode.INVALID_REQUEST,
        'errorRate and timeoutRate together cannot exceed 1.',
      );
    const clean: VendorBehaviour = JSON.parse(JSON.stringify(behaviour)) as VendorBehaviour;
    this.worlds.current.faults[system as Vendor] = clean;
    return { system, ...structuredClone(clean) };
  }
}
