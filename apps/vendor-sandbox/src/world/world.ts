import { SeededRandom } from '../common/seeded-random';
import { CrmState } from '../crm/crm-state';
import { ErpState } from '../erp/erp-state';
import { HcmState } from '../hcm/hcm-state';
import { PsaState } from '../psa/psa-state';
import { Scenario, VENDORS, Vendor, VendorBehaviour } from '../scenario/scenario.types';
import { IdSequence } from './id-sequence';
import { SandboxClock } from './sandbox-clock';
import { VendorState } from './vendor-state';

export interface WorldOptions {
  crmDailyApiLimit: number;
}

/**
 * Everything the sandbox holds for one scenario: the four vendors' states, the clock whose today
 * is the scenario's `asOf`, the fault settings (from the scenario's `vendors` block, changed by
 * `PUT /__sandbox/faults`) and the random source faults draw from, seeded by the scenario's name
 * so a given scenario and request order fail the same way every run.
 */
export class World {
  readonly clock: SandboxClock;
  readonly ids = new IdSequence();
  readonly random: SeededRandom;
  readonly faults: Record<Vendor, VendorBehaviour>;
  readonly crm: CrmState;
  readonly psa: PsaState;
  readonly erp: ErpState;
  readonly hcm: HcmState;

  constructor(
    readonly scenario: Scenario,
    options: WorldOptions,
  ) {
    this.clock = new SandboxClock(scenario.asOf);
    this.random = new SeededRandom(scenario.name);
    this.faults = Object.fromEntries(
      VENDORS.map((vendor) => [vendor, structuredClone(scenario.vendors?.[vendor] ?? {})]),
    ) as Record<Vendor, VendorBehaviour>;
    this.crm = CrmState.seed(scenario, this.ids, this.clock, options.crmDailyApiLimit);
    this.psa = PsaState.seed(scenario, this.ids, this.clock);
    this.erp = ErpState.seed(scenario, this.ids, this.clock);
    this.hcm = HcmState.seed(scenario, this.ids);
  }

  get asOf(): string {
    return this.scenario.asOf;
  }

  state(system: Vendor): VendorState {
    return this[system];
  }
}
