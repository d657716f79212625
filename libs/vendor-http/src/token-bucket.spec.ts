import { TokenBucket } from './token-bucket';

describe('TokenBucket', () => {
  let clock: number;
  const now = () => clock;
  beforeEach(() => (clock = 1000));

  it('lets a burst through at once, then spaces takers by the rate', () => {
    const bucket = new TokenBucket(10, 2, now);
    expect([bucket.reserve(), bucket.reserve(), bucket.reserve(), bucket.reserve()]).toEqual([
      0, 0, 100, 200,
    ]);
  });

  it('refills with time, never above its capacity', () => {
    const bucket = new TokenBucket(10, 2, now);
    bucket.reserve();
    bucket.reserve();
    clock += 10_000;
    expect([bucket.reserve(), bucket.reserve(), bucket.reserve()]).toEqual([0, 0, 100]);
  });

  it('pays off debt before a new token is free', () => {
    const bucket = new TokenBucket(4, 1, now);
    expect([bucket.reserve(), bucket.reserve(), bucket.reserve()]).toEqual([0, 250, 500]);
    clock += 250;
    expect(bucket.reserve()).toBe(500);
  });

  it('take() resolves after the reserved wait', async () => {
    const bucket = new TokenBucket(20, 1);
    const started = performance.now();
    await bucket.take();
    await bucket.take();
    await bucket.take();
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
  });
});
