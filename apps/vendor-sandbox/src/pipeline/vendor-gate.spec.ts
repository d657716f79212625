import { VendorGate } from './vendor-gate';

describe('VendorGate', () => {
  it('admits a second\u2019s worth of burst, then refills at the set rate', () => {
    let now = 0;
    const gate = new VendorGate(() => now);
    const admitted = () =>
      Array.from({ length: 20 }, () => gate.takeToken(5)).filter(Boolean).length;
    expect(admitted()).toBe(5);
    now += 400; // 2 tokens
    expect(admitted()).toBe(2);
    now += 10_000; // refills to the burst, not beyond
    expect(admitted()).toBe(5);
  });

  it('admits everything without a limit and nothing at a limit of 0', () => {
    const gate = new VendorGate(() => 0);
    expect(Array.from({ length: 100 }, () => gate.takeToken(undefined)).every(Boolean)).toBe(true);
    expect(gate.takeToken(0)).toBe(false);
  });

  it('counts requests in flight against the concurrency limit', () => {
    const gate = new VendorGate();
    expect([gate.enter(2), gate.enter(2), gate.enter(2)]).toEqual([true, true, false]);
    gate.leave();
    expect(gate.enter(2)).toBe(true);
    expect(gate.requestsInFlight).toBe(2);
    expect(gate.enter(undefined)).toBe(true);
  });

  it('keeps the peak of requests asked for at once, the refused newcomer included, and the 429s', () => {
    const gate = new VendorGate(() => 0);
    gate.enter(2);
    gate.enter(2);
    gate.enter(2);
    gate.leave();
    gate.takeToken(0);
    expect(gate.usage).toEqual({
      inFlight: 1,
      peakInFlight: 3,
      admitted: 2,
      refused: { rate: 1, concurrency: 1 },
    });
    gate.clearUsage();
    expect(gate.usage).toEqual({
      inFlight: 1,
      peakInFlight: 1,
      admitted: 0,
      refused: { rate: 0, concurrency: 0 },
    });
  });
});
