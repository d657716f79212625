import { feedOrder } from './subscribed-events-feed';

describe('feedOrder', () => {
  it('lists every event, some twice, not in creation order', () => {
    const order = feedOrder(35);
    expect(new Set(order)).toEqual(new Set(Array.from({ length: 35 }, (_, i) => i)));
    expect(order).toHaveLength(35 + 3);
    expect(order.slice(0, 11)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 9]);
  });

  it('is empty for no events and plain for one', () => {
    expect(feedOrder(0)).toEqual([]);
    expect(feedOrder(1)).toEqual([0]);
  });
});
