import { quietNorthwind } from '../testing/sandbox-test-app';
import { IdSequence } from './id-sequence';
import { SandboxClock } from './sandbox-clock';
import { World } from './world';

describe('World', () => {
  const options = { crmDailyApiLimit: 100 };

  it('seeds the same ids from the same scenario', () => {
    const ids = (world: World) =>
      ['crm', 'psa', 'erp', 'hcm'].map((vendor) =>
        Object.values(world.state(vendor as 'crm').collections()).map((c) => [...c.keys()]),
      );
    expect(ids(new World(quietNorthwind(), options))).toEqual(
      ids(new World(quietNorthwind(), options)),
    );
  });

  it('draws the same fault sequence for the same scenario', () => {
    const draws = (world: World) => Array.from({ length: 5 }, () => world.random.next());
    expect(draws(new World(quietNorthwind(), options))).toEqual(
      draws(new World(quietNorthwind(), options)),
    );
  });

  it('keeps a copy of the scenario\u2019s vendor behaviour as its faults', () => {
    const scenario = { ...quietNorthwind(), vendors: { erp: { latencyMs: 40 } } };
    const world = new World(scenario, options);
    world.faults.erp.latencyMs = 0;
    expect(scenario.vendors.erp.latencyMs).toBe(40);
    expect(world.faults.crm).toEqual({});
  });
});

describe('IdSequence', () => {
  it('counts per namespace from the first value given', () => {
    const ids = new IdSequence();
    expect([ids.next('a', 100), ids.next('a', 100), ids.next('b')]).toEqual([100, 101, 1]);
    expect(ids.nextHex('w')).toMatch(/^[0-9a-f]{32}$/);
    expect(new IdSequence().nextHex('w')).toBe(new IdSequence().nextHex('w'));
  });
});

describe('SandboxClock', () => {
  it('starts on the scenario\u2019s today, runs with real time, never backwards, and jumps ahead', () => {
    let real = 1_000_000;
    const clock = new SandboxClock('2026-11-20', () => real);
    expect(clock.now().toISOString()).toBe('2026-11-20T09:00:00.000Z');
    real += 1500;
    expect(clock.now().toISOString()).toBe('2026-11-20T09:00:01.500Z');
    real -= 10_000;
    expect(clock.now().toISOString()).toBe('2026-11-20T09:00:01.500Z');
    clock.advanceDays(10);
    expect(clock.today()).toBe('2026-11-30');
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });
});
