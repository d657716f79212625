import { ConfigService } from '@nestjs/config';
import { DashboardCache } from './dashboard-cache';

const cacheFor = (ms: number) => new DashboardCache(new ConfigService({ DASHBOARD_CACHE_MS: ms }));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A reading that counts how often it ran and takes a moment, as a call to the process tier does. */
function counted(fail = () => false) {
  let reads = 0;
  const read = async () => {
    reads += 1;
    await sleep(20);
    if (fail()) throw new Error('process-billing is down');
    return { reading: reads };
  };
  return { read, reads: () => reads };
}

describe('the dashboard cache', () => {
  it('reads once for callers arriving together, then answers from that reading while fresh', async () => {
    const cache = cacheFor(200);
    const source = counted();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => cache.get('finance', source.read)),
    );
    expect(source.reads()).toBe(1);
    expect(new Set(answers.map((answer) => answer.reading))).toEqual(new Set([1]));
    expect(await cache.get('finance', source.read)).toEqual({ reading: 1 });
    expect(source.reads()).toBe(1);
  });

  it('once stale, answers the last reading at once while one refresh runs, then the new one', async () => {
    const cache = cacheFor(200);
    const source = counted();
    await cache.get('finance', source.read);
    await sleep(220);
    const stale = await Promise.all(
      Array.from({ length: 10 }, () => cache.get('finance', source.read)),
    );
    expect(stale).toEqual(Array(10).fill({ reading: 1 }));
    await sleep(40);
    expect(source.reads()).toBe(2);
    expect(await cache.get('finance', source.read)).toEqual({ reading: 2 });
  });

  it('past twice the window, waits for a fresh reading', async () => {
    const cache = cacheFor(100);
    const source = counted();
    await cache.get('finance', source.read);
    await sleep(220);
    expect(await cache.get('finance', source.read)).toEqual({ reading: 2 });
  });

  it('keeps one reading per key', async () => {
    const cache = cacheFor(1_000);
    const source = counted();
    await Promise.all([
      cache.get('delivery:2026-10', source.read),
      cache.get('delivery:2026-11', source.read),
    ]);
    expect(source.reads()).toBe(2);
  });

  it('keeps no failed reading, and a failed refresh drops the old one', async () => {
    const cache = cacheFor(100);
    let down = true;
    const source = counted(() => down);
    await expect(cache.get('finance', source.read)).rejects.toThrow('process-billing is down');
    down = false;
    expect(await cache.get('finance', source.read)).toEqual({ reading: 2 });
    down = true;
    await sleep(120);
    expect(await cache.get('finance', source.read)).toEqual({ reading: 2 });
    await sleep(40);
    await expect(cache.get('finance', source.read)).rejects.toThrow('process-billing is down');
  });

  it('with 0, reads on every call but still shares a reading under way', async () => {
    const cache = cacheFor(0);
    const source = counted();
    await Promise.all([cache.get('finance', source.read), cache.get('finance', source.read)]);
    expect(source.reads()).toBe(1);
    await cache.get('finance', source.read);
    expect(source.reads()).toBe(2);
  });
});
