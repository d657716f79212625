import {
  durationOfMinutes,
  hoursOfMinutes,
  minutesOfDuration,
  minutesOfHours,
} from './erp-duration';

describe('ERP durations', () => {
  it('turns decimal hours into whole minutes, exactly', () => {
    expect(minutesOfHours('7.5')).toBe(450);
    expect(minutesOfHours('8')).toBe(480);
    expect(minutesOfHours('0.25')).toBe(15);
    expect(minutesOfHours('1.05')).toBe(63);
    expect(minutesOfHours('24')).toBe(1440);
  });

  it('refuses hours that are not whole minutes or outside (0, 24]', () => {
    expect(minutesOfHours('0.3333')).toBeUndefined();
    expect(minutesOfHours('0')).toBeUndefined();
    expect(minutesOfHours('24.5')).toBeUndefined();
    expect(minutesOfHours('-1')).toBeUndefined();
    expect(minutesOfHours('7,5')).toBeUndefined();
  });

  it('writes and reads the ERP’s H:MM', () => {
    expect(durationOfMinutes(450)).toBe('7:30');
    expect(durationOfMinutes(5)).toBe('0:05');
    expect(minutesOfDuration('7:30')).toBe(450);
    expect(minutesOfDuration('12:05')).toBe(725);
    expect(minutesOfDuration('7.5')).toBe(450);
    expect(minutesOfDuration('soon')).toBeUndefined();
  });

  it('shows minutes as decimal hours', () => {
    expect(hoursOfMinutes(450)).toBe('7.5');
    expect(hoursOfMinutes(480)).toBe('8');
    expect(hoursOfMinutes(63)).toBe('1.05');
    expect(hoursOfMinutes(20)).toBe('0.3333');
    expect(hoursOfMinutes(18000)).toBe('300');
  });
});
