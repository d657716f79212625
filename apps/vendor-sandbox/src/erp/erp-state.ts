import { periodBounds, periodName, periodOf } from '../common/dates';
import { BillingModel, Scenario } from '../scenario/scenario.types';
import { IdSequence } from '../world/id-sequence';
import { SandboxClock } from '../world/sandbox-clock';
import { StateCollections, StateRecord, VendorState } from '../world/vendor-state';
import {
  ERP_RECORD_TYPES,
  ErpRecordType,
  ID_SEQUENCES,
  REF_NAME_FIELD,
  isErpRecordType,
} from './erp-record-types';

export interface ErpRef {
  id: string;
  refName?: string;
}

const CLASS_NAMES: Record<BillingModel, string> = {
  TIME_AND_MATERIALS: 'Time & Materials',
  FIXED_FEE: 'Fixed Fee',
  MILESTONE: 'Milestone',
  RETAINER: 'Retainer',
};

/**
 * The ERP (NetSuite style) for one world: records by type and internal id. Seeded with the
 * firm's subsidiaries (legal entities, with their tax rate), departments (cost centres the ERP
 * knows: one marked `inErp: false` is missing on purpose), classes (billing models), currencies,
 * accounting periods, employees and the customers the ERP already holds under their own spelling.
 */
/**
 * One record type's records by internal id, also found by external id without a scan (an ERP
 * holding a month of timeBills answers an upsert by external id at once).
 */
class RecordsOfType extends Map<string, StateRecord> {
  private readonly byExternal = new Map<string, string>();

  override set(id: string, record: StateRecord): this {
    const before = super.get(id);
    if (before?.externalId != null) this.byExternal.delete(String(before.externalId));
    if (record.externalId != null) this.byExternal.set(String(record.externalId), id);
    return super.set(id, record);
  }

  override delete(id: string): boolean {
    const before = super.get(id);
    if (before?.externalId != null) this.byExternal.delete(String(before.externalId));
    return super.delete(id);
  }

  override clear(): void {
    this.byExternal.clear();
    super.clear();
  }

  withExternalId(externalId: string): StateRecord | undefined {
    const id = this.byExternal.get(externalId);
    return id === undefined ? undefined : super.get(id);
  }
}

export class ErpState implements VendorState {
  private readonly records = new Map<ErpRecordType, RecordsOfType>(
    ERP_RECORD_TYPES.map((type) => [type, new RecordsOfType()]),
  );

  private constructor(
    private readonly ids: IdSequence,
    readonly clock: SandboxClock,
  ) {}

  static seed(scenario: Scenario, ids: IdSequence, clock: SandboxClock): ErpState {
    const state = new ErpState(ids, clock);
    const currencies = new Set([
      ...scenario.legalEntities.map((e) => e.currency),
      ...scenario.rateCards.map((c) => c.currency),
      ...scenario.opportunities.map((o) => o.currency),
    ]);
    for (const code of currencies)
      state.insert('currency', { name: code, symbol: code, externalId: code, isInactive: false });

    const subsidiaries = new Map<string, StateRecord>();
    for (const entity of scenario.legalEntities)
      subsidiaries.set(
        entity.code,
        state.insert('subsidiary', {
          name: entity.name,
          legalName: entity.name,
          externalId: entity.code,
          country: entity.country,
          currency: state.refByExternalId('currency', entity.currency),
          taxRate: entity.taxRate,
          isInactive: false,
        }),
      );
    const subsidiaryRef = (code: string) => state.ref('subsidiary', subsidiaries.get(code)!);

    for (const costCenter of scenario.costCenters)
      if (costCenter.inErp !== false)
        state.insert('department', {
          name: costCenter.name,
          externalId: costCenter.code,
          subsidiary: subsidiaryRef(costCenter.legalEntity),
          isInactive: false,
        });
    for (const [model, name] of Object.entries(CLASS_NAMES))
      state.insert('classification', { name, externalId: model, isInactive: false });

    for (const period of scenario.accountingPeriods)
      state.insert('accountingPeriod', {
        periodName: periodName(period.period),
        ...periodBounds(period.period),
        closed: period.status === 'CLOSED',
        subsidiary: subsidiaryRef(period.legalEntity),
        externalId: `${period.legalEntity}:${period.period}`,
      });

    const departmentCodes = new Set(
      scenario.costCenters.filter((c) => c.inErp !== false).map((c) => c.code),
    );
    for (const worker of scenario.workers) {
      const [firstName, ...rest] = worker.name.split(' ');
      state.insert('employee', {
        entityId: worker.id,
        firstName,
        lastName: rest.join(' '),
        email: worker.email ?? null,
        subsidiary: subsidiaryRef(worker.legalEntity),
        department: departmentCodes.has(worker.costCenter)
          ? state.refByExternalId('department', worker.costCenter)
          : null,
        isInactive: worker.active === false,
        externalId: worker.id,
      });
    }

    for (const customer of scenario.customers) {
      if (customer.existingErpName === undefined) continue;
      const entity =
        scenario.legalEntities.find((e) => e.country === customer.billingCountry) ??
        scenario.legalEntities[0];
      const subsidiary = subsidiaries.get(entity.code)!;
      state.insert('customer', {
        entityId: customer.existingErpName,
        companyName: customer.existingErpName,
        subsidiary: state.ref('subsidiary', subsidiary),
        currency: subsidiary.currency,
        vatRegNumber: customer.taxId ?? null,
        isInactive: false,
        externalId: null,
      });
    }
    return state;
  }

  collections(): StateCollections {
    return Object.fromEntries(this.records);
  }

  newId(collection: string): string {
    if (!isErpRecordType(collection)) throw new RangeError(`no ERP record type ${collection}`);
    const { namespace, first } = ID_SEQUENCES[collection];
    return String(this.ids.next(namespace, first));
  }

  all(type: ErpRecordType): Map<string, StateRecord> {
    return this.records.get(type)!;
  }

  get(type: ErpRecordType, id: string): StateRecord | undefined {
    return this.all(type).get(id);
  }

  byExternalId(type: ErpRecordType, externalId: string): StateRecord | undefined {
    return this.records.get(type)!.withExternalId(externalId);
  }

  insert(type: ErpRecordType, fields: StateRecord): StateRecord {
    const id = this.newId(type);
    const record = { id, ...fields };
    this.all(type).set(id, record);
    return record;
  }

  ref(type: ErpRecordType, record: StateRecord): ErpRef {
    const name = record[REF_NAME_FIELD[type]];
    return { id: String(record.id), ...(name == null ? {} : { refName: String(name) }) };
  }

  /** The accounting period of a subsidiary a date falls in, if the ERP has one. */
  periodFor(subsidiaryId: string, date: string): StateRecord | undefined {
    const { startDate } = periodBounds(periodOf(date));
    for (const period of this.all('accountingPeriod').values())
      if (
        (period.subsidiary as ErpRef | null)?.id === subsidiaryId &&
        period.startDate === startDate
      )
        return period;
    return undefined;
  }

  private refByExternalId(type: ErpRecordType, externalId: string): ErpRef {
    return this.ref(type, this.byExternalId(type, externalId)!);
  }
}
