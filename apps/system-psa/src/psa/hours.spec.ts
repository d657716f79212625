import { hoursOf } from './hours';

describe('hoursOf', () => {
  it.each([
    [480, '8.00'],
    [450, '7.50'],
    [435, '7.25'],
    [20, '0.333333'],
    [40, '0.666667'],
    [1, '0.016667'],
    [1440, '24.00'],
  ])('%i minutes are %s hours', (minutes, hours) => {
    expect(hoursOf(minutes)).toBe(hours);
  });
});
