import { RefreshingList } from './refreshing-list';

function counter(items: { id: string }[][]) {
  let reads = 0;
  const load = async () => items[Math.min(reads++, items.length - 1)];
  return { load, reads: () => reads };
}

describe('RefreshingList', () => {
  it('reads once for callers that ask together and reuses the list within its TTL', async () => {
    const source = counter([[{ id: 'a' }]]);
    const list = new RefreshingList(source.load, 60_000);
    await Promise.all([list.all(), list.all(), list.all()]);
    await list.all();
    expect(source.reads()).toBe(1);
  });

  it('reads again after the TTL', async () => {
    const source = counter([[{ id: 'a' }], [{ id: 'b' }]]);
    const list = new RefreshingList(source.load, 20);
    expect(await list.all()).toEqual([{ id: 'a' }]);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await list.all()).toEqual([{ id: 'b' }]);
  });

  it('reads again on a miss, but not more often than the minimum refresh interval', async () => {
    const source = counter([[{ id: 'a' }], [{ id: 'a' }, { id: 'new' }]]);
    const list = new RefreshingList(source.load, 60_000, 0);
    expect(await list.find((item) => item.id === 'new')).toEqual({ id: 'new' });
    expect(source.reads()).toBe(2);

    const slow = counter([[{ id: 'a' }]]);
    const throttled = new RefreshingList(slow.load, 60_000, 60_000);
    await throttled.find((item) => item.id === 'missing');
    await throttled.find((item) => item.id === 'missing');
    expect(slow.reads()).toBe(1);
  });

  it('passes a failed read on and tries again next time', async () => {
    let fail = true;
    const list = new RefreshingList(async () => {
      if (fail) throw new Error('ERP down');
      return [{ id: 'a' }];
    }, 60_000);
    await expect(list.all()).rejects.toThrow('ERP down');
    fail = false;
    expect(await list.all()).toEqual([{ id: 'a' }]);
  });
});
