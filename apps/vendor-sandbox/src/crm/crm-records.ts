import { isIsoDate } from '../common/dates';
import { StateRecord } from '../world/vendor-state';
import { crmFailure } from './crm-errors';
import {
  CRM_OBJECTS,
  CrmObject,
  SYSTEM_FIELDS,
  canonicalField,
  canonicalObject,
} from './crm-objects';
import { CrmResult } from './crm-result';
import { CrmState } from './crm-state';

export const API_PATH = '/services/data/v60.0';

const STAGES = new Set(['Prospecting', 'Proposal', 'Negotiation', 'Closed Won', 'Closed Lost']);
const REFERENCES: Record<string, string> = { AccountId: 'Account', Opportunity__c: 'Opportunity' };
const UNIQUE_FIELDS = new Set(['External_Id__c']);

/**
 * sObject reads and writes as the CRM's REST API does them: field names checked against the
 * object, system fields refused, required fields and references enforced, upsert by an external
 * id field (300 when several records match).
 */
export class CrmRecords {
  constructor(private readonly state: CrmState) {}

  object(name: string): { name: string; object: CrmObject } {
    const canonical = canonicalObject(name);
    if (!canonical)
      throw crmFailure(
        404,
        'NOT_FOUND',
        `The requested resource does not exist: sObject type '${name}' is not supported.`,
      );
    return { name: canonical, object: CRM_OBJECTS[canonical] };
  }

  get(objectName: string, id: string): StateRecord {
    const { name } = this.object(objectName);
    const record = this.state.records(name).get(id);
    if (!record) throw crmFailure(404, 'NOT_FOUND', 'The requested resource does not exist');
    return present(name, record);
  }

  getByExternalId(objectName: string, field: string, value: string): CrmResult {
    const { name, object } = this.object(objectName);
    const matches = this.matching(name, this.externalIdField(object, name, field), value);
    if (matches.length === 0)
      throw crmFailure(404, 'NOT_FOUND', 'The requested resource does not exist');
    if (matches.length > 1) return multipleChoices(name, matches);
    return { status: 200, body: present(name, matches[0]) };
  }

  create(objectName: string, body: unknown): CrmResult {
    const { name, object } = this.object(objectName);
    const fields = this.fields(name, object, body);
    const missing = object.required.filter(
      (field) => fields[field] === undefined || fields[field] === null || fields[field] === '',
    );
    if (missing.length > 0)
      throw crmFailure(
        400,
        'REQUIRED_FIELD_MISSING',
        `Required fields are missing: [${missing.join(', ')}]`,
        missing,
      );
    this.checkUnique(name, fields);
    const record = this.state.insert(name, fields);
    return {
      status: 201,
      body: { id: record.Id, success: true, errors: [] },
      headers: { Location: `${API_PATH}/sobjects/${name}/${String(record.Id)}` },
    };
  }

  update(objectName: string, id: string, body: unknown): CrmResult {
    const { name, object } = this.object(objectName);
    if (!this.state.records(name).has(id))
      throw crmFailure(404, 'NOT_FOUND', 'The requested resource does not exist');
    const fields = this.fields(name, object, body);
    this.checkUnique(name, fields, id);
    this.state.update(name, id, fields);
    return { status: 204 };
  }

  upsert(objectName: string, field: string, value: string, body: unknown): CrmResult {
    const { name, object } = this.object(objectName);
    const idField = this.externalIdField(object, name, field);
    const matches = this.matching(name, idField, value);
    if (matches.length > 1) return multipleChoices(name, matches);
    if (matches.length === 0) {
      const created = this.create(name, { ...asObject(body), [idField]: value });
      return { ...created, body: { ...(created.body as object), created: true } };
    }
    const id = String(matches[0].Id);
    this.update(name, id, body);
    return { status: 200, body: { id, success: true, errors: [], created: false } };
  }

  private externalIdField(object: CrmObject, name: string, field: string): string {
    const canonical = canonicalField(object, field);
    if (!canonical || !object.externalIdFields.includes(canonical))
      throw crmFailure(
        404,
        'NOT_FOUND',
        `Provided external ID field does not exist or is not accessible: ${field} on ${name}`,
      );
    return canonical;
  }

  private matching(name: string, field: string, value: string): StateRecord[] {
    return [...this.state.records(name).values()].filter((record) => record[field] === value);
  }

  private fields(name: string, object: CrmObject, body: unknown): StateRecord {
    const fields: StateRecord = {};
    const refused: string[] = [];
    for (const [key, value] of Object.entries(asObject(body))) {
      if (key === 'attributes') continue;
      const field = canonicalField(object, key);
      if (!field)
        throw crmFailure(
          400,
          'INVALID_FIELD',
          `No such column '${key}' on sobject of type ${name}`,
          [key],
        );
      if (SYSTEM_FIELDS.has(field)) refused.push(field);
      fields[field] = value;
    }
    if (refused.length > 0)
      throw crmFailure(
        400,
        'INVALID_FIELD_FOR_INSERT_UPDATE',
        `Unable to create/update fields: ${refused.join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
        refused,
      );
    if (fields.StageName !== undefined && !STAGES.has(String(fields.StageName)))
      throw crmFailure(
        400,
        'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
        `Stage: bad value for restricted picklist field: ${String(fields.StageName)}`,
        ['StageName'],
      );
    for (const [field, value] of Object.entries(fields)) {
      if (
        /Date(__c)?$/.test(field) &&
        !field.endsWith('ModifiedDate') &&
        value !== null &&
        !isIsoDate(value)
      )
        throw crmFailure(
          400,
          'JSON_PARSER_ERROR',
          `Cannot deserialize instance of date from VALUE_STRING value ${JSON.stringify(value)} for ${field}`,
          [field],
        );
      const target = REFERENCES[field];
      if (target && value !== null && !this.state.records(target).has(String(value)))
        throw crmFailure(400, 'INVALID_CROSS_REFERENCE_KEY', `invalid cross reference id`, [field]);
    }
    return fields;
  }

  private checkUnique(name: string, fields: StateRecord, ownId?: string): void {
    for (const field of UNIQUE_FIELDS) {
      const value = fields[field];
      if (value === undefined || value === null) continue;
      const other = this.matching(name, field, String(value)).find((record) => record.Id !== ownId);
      if (other)
        throw crmFailure(
          400,
          'DUPLICATE_VALUE',
          `duplicate value found: ${field} duplicates value on record with id: ${String(other.Id)}`,
          [field],
        );
    }
  }
}

/** A record as the API shows it: `attributes` first, then every field. */
export function present(object: string, record: StateRecord, fields?: string[]): StateRecord {
  const shown: StateRecord = {
    attributes: { type: object, url: `${API_PATH}/sobjects/${object}/${String(record.Id)}` },
  };
  for (const field of fields ?? Object.keys(record)) shown[field] = record[field] ?? null;
  return shown;
}

function multipleChoices(object: string, matches: StateRecord[]): CrmResult {
  return {
    status: 300,
    body: matches.map((record) => `${API_PATH}/sobjects/${object}/${String(record.Id)}`),
  };
}

function asObject(body: unknown): StateRecord {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw crmFailure(400, 'JSON_PARSER_ERROR', 'The request body must be a JSON object.');
  return body as StateRecord;
}
