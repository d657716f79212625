const MAX_MINUTES = 24 * 60;

/**
 * Decimal hours ("7.5") as whole minutes, or undefined when they are not a whole number of
 * minutes above 0 and at most 24 hours (what the ERP's H:MM duration can hold).
 */
export function minutesOfHours(hours: string): number | undefined {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(hours);
  if (!match) return undefined;
  const [, whole, fraction = ''] = match;
  const scale = 10n ** BigInt(fraction.length);
  const sixtyfold = (BigInt(whole) * scale + BigInt(fraction || '0')) * 60n;
  if (sixtyfold % scale !== 0n) return undefined;
  const minutes = Number(sixtyfold / scale);
  return minutes > 0 && minutes <= MAX_MINUTES ? minutes : undefined;
}

/** The ERP's duration text, "7:30". */
export function durationOfMinutes(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Minutes of the ERP's "7:30" (a plain number of hours is read too), or undefined. */
export function minutesOfDuration(duration: string | undefined): number | undefined {
  if (duration === undefined) return undefined;
  const match = /^(\d+):([0-5]\d)$/.exec(duration);
  if (match) return Number(match[1]) * 60 + Number(match[2]);
  const hours = Number(duration);
  return Number.isFinite(hours) ? Math.round(hours * 60) : undefined;
}

/**
 * Minutes as decimal hours: exact when the minutes are a multiple of 3 (1/20 of an hour),
 * otherwise rounded to 4 places. Trailing zeros dropped: 450 → "7.5", 480 → "8".
 */
export function hoursOfMinutes(minutes: number): string {
  const tenThousandths = Math.round((minutes * 10_000) / 60);
  const whole = Math.trunc(tenThousandths / 10_000);
  const fraction = String(Math.abs(tenThousandths % 10_000))
    .padStart(4, '0')
    .replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole}.${fraction}`;
}
