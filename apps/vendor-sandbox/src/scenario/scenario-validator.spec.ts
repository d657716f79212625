import { defaultScenario } from './default-scenario';
import { ScenarioValidator } from './scenario-validator';

describe('ScenarioValidator', () => {
  const validator = new ScenarioValidator();

  it('accepts the shipped Northwind scenario, traps included', () => {
    expect(validator.validate(defaultScenario())).toEqual({
      valid: true,
      scenario: defaultScenario(),
    });
  });

  it('names every schema problem with its path, not just the first', () => {
    const document = defaultScenario() as unknown as Record<string, unknown>;
    delete document.roles;
    (document.legalEntities as Record<string, unknown>[])[1].currency = 'pounds';
    (document.opportunities as Record<string, unknown>[])[0].stage = 'Won-ish';
    document.colour = 'blue';

    const result = validator.validate(document);

    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.problems.map((p) => p.path).sort()).toEqual([
      '/colour',
      '/legalEntities/1/currency',
      '/opportunities/0/stage',
      '/roles',
    ]);
    expect(result.problems.find((p) => p.path === '/opportunities/0/stage')?.message).toContain(
      '"Closed Won"',
    );
  });

  it('names every date that is no day of the calendar', () => {
    const scenario = defaultScenario();
    scenario.asOf = '2026-13-01';
    scenario.opportunities[0].closeDate = '2026-02-30';
    scenario.opportunities[1].startDate = '2026-4-01';

    const result = validator.validate(scenario);

    expect(result).toEqual({
      valid: false,
      problems: [
        { path: '/asOf', message: 'must be a calendar date that exists (YYYY-MM-DD)' },
        {
          path: '/opportunities/0/closeDate',
          message: 'must be a calendar date that exists (YYYY-MM-DD)',
        },
        {
          path: '/opportunities/1/startDate',
          message: 'must be a calendar date that exists (YYYY-MM-DD)',
        },
      ],
    });
  });

  it('accepts a leap day', () => {
    const scenario = defaultScenario();
    scenario.opportunities[0].closeDate = '2028-02-29';
    expect(validator.validate(scenario).valid).toBe(true);
  });

  it('names references to things the scenario does not define, and duplicate keys', () => {
    const scenario = defaultScenario();
    scenario.opportunities[2].customer = '001NOBODY';
    scenario.opportunities[0].assignments![1].worker = 'E9999';
    scenario.workers[3].costCenter = 'XX-NONE';
    scenario.roles.push({ code: 'PARTNER', name: 'Partner again' });

    const result = validator.validate(scenario);

    expect(result).toEqual({
      valid: false,
      problems: expect.arrayContaining([
        { path: '/opportunities/2/customer', message: 'unknown customer "001NOBODY"' },
        { path: '/opportunities/0/assignments/1/worker', message: 'unknown worker "E9999"' },
        { path: '/workers/3/costCenter', message: 'unknown cost center "XX-NONE"' },
        { path: '/roles/5', message: 'duplicate "PARTNER"' },
      ]),
    });
  });

  it('rejects a document that is not an object at all', () => {
    expect(validator.validate('northwind')).toMatchObject({
      valid: false,
      problems: [{ path: '/', message: 'must be object' }],
    });
  });
});
