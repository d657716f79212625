import Ajv2020, { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { ScenarioProblem } from './scenario-problem';
import schema from './scenario.schema.json';
import { Scenario } from './scenario.types';

export type ScenarioValidation =
  { valid: true; scenario: Scenario } | { valid: false; problems: ScenarioProblem[] };

/**
 * Checks a scenario document against the JSON Schema and then its cross-references (an
 * opportunity's customer, a worker's role, …), naming every failing path, not just the first.
 */
export class ScenarioValidator {
  private readonly validateSchema: ValidateFunction;

  constructor() {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    this.validateSchema = ajv.compile(schema);
  }

  validate(document: unknown): ScenarioValidation {
    if (!this.validateSchema(document))
      return { valid: false, problems: (this.validateSchema.errors ?? []).map(toProblem) };
    const scenario = document as Scenario;
    const problems = referenceProblems(scenario);
    return problems.length > 0 ? { valid: false, problems } : { valid: true, scenario };
  }
}

function toProblem(error: ErrorObject): ScenarioProblem {
  const extra =
    error.keyword === 'additionalProperties'
      ? `/${(error.params as { additionalProperty: string }).additionalProperty}`
      : error.keyword === 'required'
        ? `/${(error.params as { missingProperty: string }).missingProperty}`
        : '';
  const path = `${error.instancePath}${extra}` || '/';
  const message =
    error.keyword === 'enum'
      ? `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
      : error.keyword === 'format' && (error.params as { format: string }).format === 'date'
        ? 'must be a calendar date that exists (YYYY-MM-DD)'
        : (error.message ?? error.keyword);
  return { path, message };
}

function referenceProblems(scenario: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const unique = <T>(list: T[], key: (item: T) => string, at: string) => {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      const value = key(item);
      if (seen.has(value))
        problems.push({ path: `/${at}/${index}`, message: `duplicate ${JSON.stringify(value)}` });
      seen.add(value);
    });
    return seen;
  };
  const refer = (known: Set<string>, value: string | undefined, path: string, what: string) => {
    if (value !== undefined && !known.has(value))
      problems.push({ path, message: `unknown ${what} ${JSON.stringify(value)}` });
  };

  const entities = unique(scenario.legalEntities, (e) => e.code, 'legalEntities');
  const costCenters = unique(scenario.costCenters, (c) => c.code, 'costCenters');
  const roles = unique(scenario.roles, (r) => r.code, 'roles');
  const rateCards = unique(scenario.rateCards, (r) => r.code, 'rateCards');
  const workers = unique(scenario.workers, (w) => w.id, 'workers');
  const customers = unique(scenario.customers, (c) => c.crmId, 'customers');
  unique(scenario.opportunities, (o) => o.crmId, 'opportunities');
  unique(scenario.accountingPeriods, (p) => `${p.legalEntity} ${p.period}`, 'accountingPeriods');

  scenario.costCenters.forEach((c, i) =>
    refer(entities, c.legalEntity, `/costCenters/${i}/legalEntity`, 'legal entity'),
  );
  scenario.accountingPeriods.forEach((p, i) =>
    refer(entities, p.legalEntity, `/accountingPeriods/${i}/legalEntity`, 'legal entity'),
  );
  scenario.rateCards.forEach((card, i) =>
    card.lines.forEach((line, j) =>
      refer(roles, line.role, `/rateCards/${i}/lines/${j}/role`, 'role'),
    ),
  );
  scenario.workers.forEach((w, i) => {
    refer(roles, w.role, `/workers/${i}/role`, 'role');
    refer(entities, w.legalEntity, `/workers/${i}/legalEntity`, 'legal entity');
    refer(costCenters, w.costCenter, `/workers/${i}/costCenter`, 'cost center');
  });
  scenario.opportunities.forEach((o, i) => {
    const at = `/opportunities/${i}`;
    refer(customers, o.customer, `${at}/customer`, 'customer');
    refer(entities, o.legalEntity, `${at}/legalEntity`, 'legal entity');
    refer(costCenters, o.costCenter, `${at}/costCenter`, 'cost center');
    refer(rateCards, o.rateCard, `${at}/rateCard`, 'rate card');
    o.assignments?.forEach((a, j) => {
      refer(workers, a.worker, `${at}/assignments/${j}/worker`, 'worker');
      refer(roles, a.role, `${at}/assignments/${j}/role`, 'role');
    });
  });
  return problems;
}
