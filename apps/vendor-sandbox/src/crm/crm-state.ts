import { minorToNumber, toMinor } from '@p2c/canonical';
import { Scenario } from '../scenario/scenario.types';
import { IdSequence } from '../world/id-sequence';
import { SandboxClock } from '../world/sandbox-clock';
import { StateChange, StateCollections, StateRecord, VendorState } from '../world/vendor-state';
import { CLOSED_STAGES, CRM_OBJECTS, WON_STAGE, canonicalObject, crmDateTime } from './crm-objects';

export const DAILY_API_REQUESTS = 'DailyApiRequests';

export interface QueryCursor {
  object: string;
  fields: string[];
  ids: string[];
  batchSize: number;
}

/**
 * The CRM (Salesforce style) for one world: records per object keyed by Id, the daily API
 * allowance (`limits`), and open query cursors. Seeded with the scenario's accounts,
 * opportunities and, per opportunity, its milestones and planned resource assignments.
 */
export class CrmState implements VendorState {
  private readonly objects = new Map<string, Map<string, StateRecord>>(
    Object.keys(CRM_OBJECTS).map((name) => [name, new Map()]),
  );
  readonly limits = new Map<string, StateRecord>();
  readonly cursors = new Map<string, QueryCursor>();
  private apiDay: string;

  private constructor(
    private readonly ids: IdSequence,
    readonly clock: SandboxClock,
    dailyApiLimit: number,
  ) {
    this.apiDay = clock.today();
    this.limits.set(DAILY_API_REQUESTS, {
      id: DAILY_API_REQUESTS,
      Max: dailyApiLimit,
      Remaining: dailyApiLimit,
    });
  }

  static seed(
    scenario: Scenario,
    ids: IdSequence,
    clock: SandboxClock,
    dailyApiLimit: number,
  ): CrmState {
    const state = new CrmState(ids, clock, dailyApiLimit);
    for (const customer of scenario.customers)
      state.insert('Account', {
        Id: customer.crmId,
        Name: customer.name,
        BillingCountry: customer.billingCountry,
        Tax_Id__c: customer.taxId ?? null,
        Partner__c: customer.partner ?? null,
      });
    for (const opportunity of scenario.opportunities) {
      state.insert('Opportunity', {
        Id: opportunity.crmId,
        Name: opportunity.name,
        AccountId: opportunity.customer,
        StageName: opportunity.stage,
        CloseDate: opportunity.closeDate ?? null,
        Amount: minorToNumber(toMinor(opportunity.amount)),
        CurrencyIsoCode: opportunity.currency,
        Billing_Model__c: opportunity.billingModel,
        Legal_Entity__c: opportunity.legalEntity,
        Cost_Center__c: opportunity.costCenter,
        Rate_Card__c: opportunity.rateCard ?? null,
        Start_Date__c: opportunity.startDate,
        End_Date__c: opportunity.endDate,
        Budget_Hours__c: opportunity.budgetHours ?? null,
      });
      for (const milestone of opportunity.milestones ?? [])
        state.insert('Milestone__c', {
          Name: milestone.name,
          Opportunity__c: opportunity.crmId,
          Amount__c: minorToNumber(toMinor(milestone.amount)),
          Due_Date__c: milestone.dueDate,
          External_Id__c: milestone.id,
        });
      for (const assignment of opportunity.assignments ?? [])
        state.insert('Resource_Assignment__c', {
          Name: `${assignment.worker} ${assignment.role}`,
          Opportunity__c: opportunity.crmId,
          Worker_Id__c: assignment.worker,
          Role__c: assignment.role,
          Start_Date__c: assignment.startDate,
          End_Date__c: assignment.endDate,
          Hours_Per_Week__c: assignment.hoursPerWeek,
        });
    }
    return state;
  }

  collections(): StateCollections {
    return { ...Object.fromEntries(this.objects), limits: this.limits };
  }

  newId(collection: string): string {
    const object = CRM_OBJECTS[collection];
    if (!object) throw new RangeError(`no CRM object ${collection}`);
    const n = this.ids.next(`crm:${collection}`);
    return `${object.keyPrefix}SB${String(n).padStart(10, '0')}`;
  }

  newCursorNumber(): number {
    return this.ids.next('crm:cursor');
  }

  /** Copies of every object's record map, for undoing a failed all-or-none /composite. */
  snapshot(): Map<string, Map<string, StateRecord>> {
    return new Map([...this.objects].map(([name, records]) => [name, new Map(records)]));
  }

  restore(snapshot: Map<string, Map<string, StateRecord>>): void {
    for (const [name, records] of snapshot) {
      const current = this.records(name);
      current.clear();
      for (const [id, record] of records) current.set(id, record);
    }
  }

  records(object: string): Map<string, StateRecord> {
    const records = this.objects.get(object);
    if (!records) throw new RangeError(`no CRM object ${object}`);
    return records;
  }

  /** Which object an Id belongs to, by its key prefix or by where it is held. */
  objectOfId(id: string): string | undefined {
    for (const [name, records] of this.objects) if (records.has(id)) return name;
    return undefined;
  }

  /** Stores a new record with its audit fields; `Id` may be given (seeding) or is assigned. */
  insert(object: string, fields: StateRecord): StateRecord {
    const now = crmDateTime(this.clock.now());
    const id = typeof fields.Id === 'string' ? fields.Id : this.newId(object);
    const record = derived(object, {
      ...Object.fromEntries(CRM_OBJECTS[object].fields.map((field) => [field, null])),
      ...fields,
      Id: id,
      CreatedDate: now,
      LastModifiedDate: now,
      SystemModstamp: now,
    });
    this.records(object).set(id, record);
    return record;
  }

  /** Applies changes as a user's save does: derived fields and LastModifiedDate follow. */
  update(object: string, id: string, changes: StateRecord): StateRecord {
    const now = crmDateTime(this.clock.now());
    const record = derived(object, {
      ...this.records(object).get(id),
      ...changes,
      Id: id,
      LastModifiedDate: now,
      SystemModstamp: now,
    });
    this.records(object).set(id, record);
    return record;
  }

  recordChanged(change: StateChange): void {
    const object = canonicalObject(change.collection);
    if (!object || !change.after) return;
    // the state API keys records by `id`; a CRM record has only its `Id`
    const { id: _key, ...fields } = change.after;
    this.records(object).set(change.id, fields);
    if (change.before) this.update(object, change.id, {});
    else this.insert(object, { ...fields, Id: change.id });
  }

  /**
   * Counts one API request against the daily allowance (which refills when the sandbox's day
   * changes). false: the allowance is used up.
   */
  countApiRequest(): boolean {
    const limit = this.limits.get(DAILY_API_REQUESTS)!;
    const today = this.clock.today();
    if (today !== this.apiDay) {
      this.apiDay = today;
      limit.Remaining = limit.Max;
    }
    const remaining = Number(limit.Remaining);
    if (remaining <= 0) return false;
    limit.Remaining = remaining - 1;
    return true;
  }

  /** "used/max", as the Sforce-Limit-Info header shows it. */
  apiUsage(): string {
    const limit = this.limits.get(DAILY_API_REQUESTS)!;
    const max = Number(limit.Max);
    return `${max - Number(limit.Remaining)}/${max}`;
  }
}

function derived(object: string, record: StateRecord): StateRecord {
  if (object !== 'Opportunity') return record;
  const stage = String(record.StageName ?? '');
  return { ...record, IsWon: stage === WON_STAGE, IsClosed: CLOSED_STAGES.has(stage) };
}
