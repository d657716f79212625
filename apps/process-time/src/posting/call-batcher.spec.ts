import { CallBatcher, ItemOutcome } from './call-batcher';

describe('CallBatcher', () => {
  const calls: number[][] = [];
  /** Answers each item doubled, and refuses odd ones alone. */
  const doubling = (items: number[]): Promise<ItemOutcome<number>[]> => {
    calls.push(items);
    return Promise.resolve(
      items.map((item) =>
        item % 2 === 0
          ? { status: 'fulfilled', value: item * 2 }
          : { status: 'rejected', reason: new Error(`odd ${item}`) },
      ),
    );
  };
  beforeEach(() => calls.splice(0));

  it('sends a full batch at once and answers each caller its own outcome', async () => {
    const batcher = new CallBatcher(3, 60_000, doubling);
    const outcomes = await Promise.allSettled([2, 3, 4].map((item) => batcher.submit(item)));
    expect(calls).toEqual([[2, 3, 4]]);
    expect(outcomes).toEqual([
      { status: 'fulfilled', value: 4 },
      { status: 'rejected', reason: new Error('odd 3') },
      { status: 'fulfilled', value: 8 },
    ]);
  });

  it('sends what waits after the linger, and starts a new batch after a full one', async () => {
    const batcher = new CallBatcher(2, 30, doubling);
    const started = Date.now();
    const answers = await Promise.all([2, 4, 6].map((item) => batcher.submit(item)));
    expect(answers).toEqual([4, 8, 12]);
    expect(calls).toEqual([[2, 4], [6]]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('fails every caller of a call that fails whole', async () => {
    const batcher = new CallBatcher(5, 10, () => Promise.reject(new Error('ERP down')));
    const outcomes = await Promise.allSettled([2, 4].map((item) => batcher.submit(item)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    expect((outcomes[0] as PromiseRejectedResult).reason).toEqual(new Error('ERP down'));
  });
});
