import { Scenario } from '../scenario/scenario.types';
import { IdSequence } from '../world/id-sequence';
import { StateCollections, StateRecord, VendorState } from '../world/vendor-state';

const MANAGER_ROLES = new Set(['PARTNER', 'MANAGER']);

/**
 * The HCM (Workday style): workers with their supervisory organisations (one per cost centre),
 * and the cost-rate rows the Worker_Cost_Rates custom report reads. Ids are Workday-like WIDs.
 * A worker record keeps `active` (a terminated worker stays listed, as in a real tenant; the
 * report's `Active` column tells) and, hidden from the staffing API like `active`, the company,
 * cost centre and job profile codes the report's `Company`, `Cost_Center` and `Job_Profile`
 * columns read (a tenant adds the columns its integrations need to such a custom report).
 */
export class HcmState implements VendorState {
  readonly workers = new Map<string, StateRecord>();
  readonly supervisoryOrganizations = new Map<string, StateRecord>();
  readonly costRates = new Map<string, StateRecord>();

  private constructor(private readonly ids: IdSequence) {}

  static seed(scenario: Scenario, ids: IdSequence): HcmState {
    const state = new HcmState(ids);
    const orgByCostCenter = new Map<string, StateRecord>();
    for (const costCenter of scenario.costCenters) {
      const org = { id: state.newId('supervisoryOrganizations'), descriptor: costCenter.name };
      orgByCostCenter.set(costCenter.code, org);
      state.supervisoryOrganizations.set(org.id, { ...org, code: costCenter.code });
    }
    const roleNames = new Map(scenario.roles.map((role) => [role.code, role.name]));
    for (const worker of scenario.workers) {
      const id = state.newId('workers');
      state.workers.set(id, {
        id,
        descriptor: worker.name,
        workerId: worker.id,
        businessTitle: roleNames.get(worker.role) ?? worker.role,
        primaryWorkEmail: worker.email ?? null,
        isManager: MANAGER_ROLES.has(worker.role),
        primarySupervisoryOrganization: orgByCostCenter.get(worker.costCenter) ?? null,
        active: worker.active ?? true,
        company: worker.legalEntity,
        costCenter: worker.costCenter,
        jobProfile: worker.role,
      });
      for (const rate of worker.costRates) {
        const rowId = state.newId('costRates');
        state.costRates.set(rowId, {
          id: rowId,
          Employee_ID: worker.id,
          Cost_Rate: rate.rate,
          Currency: rate.currency,
          Effective_From: rate.effectiveFrom,
          Effective_To: rate.effectiveTo ?? null,
        });
      }
    }
    return state;
  }

  collections(): StateCollections {
    return {
      workers: this.workers,
      supervisoryOrganizations: this.supervisoryOrganizations,
      costRates: this.costRates,
    };
  }

  newId(collection: string): string {
    return this.ids.nextHex(`hcm:${collection}`);
  }

  workerByEmployeeId(employeeId: string): StateRecord | undefined {
    for (const worker of this.workers.values()) if (worker.workerId === employeeId) return worker;
    return undefined;
  }
}
