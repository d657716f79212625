/**
 * Decimal amounts as integer minor units: parsing and formatting go through the decimal digits,
 * never through float arithmetic. Past the scale, values are rounded half away from zero.
 */
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

export function isDecimal(value: unknown): value is string | number {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && DECIMAL.test(value);
}

export function toMinor(value: string | number, scale = 2): bigint {
  const text = typeof value === 'number' ? numberToPlain(value) : value;
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`not a decimal amount: ${text}`);
  const [, sign, whole, fraction = ''] = match;
  const kept = fraction.slice(0, scale).padEnd(scale, '0');
  let minor = BigInt(whole) * 10n ** BigInt(scale) + BigInt(kept || '0');
  if (fraction.length > scale && fraction.charCodeAt(scale) >= 53 /* '5' */) minor += 1n;
  return sign ? -minor : minor;
}

export function formatMinor(minor: bigint, scale = 2): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

/** A JSON number for wire formats that carry amounts as numbers (NetSuite, Salesforce). */
export function minorToNumber(minor: bigint, scale = 2): number {
  return Number(formatMinor(minor, scale));
}

const FACTOR_SCALE = 8;

/** `amount × factor` (a rate, a quantity of hours, a tax rate), rounded half away from zero. */
export function multiplyMinor(minor: bigint, factor: string | number): bigint {
  const product = minor * toMinor(factor, FACTOR_SCALE);
  return divideRounded(product, 10n ** BigInt(FACTOR_SCALE));
}

export function divideRounded(dividend: bigint, divisor: bigint): bigint {
  const half = divisor / 2n;
  return dividend >= 0n ? (dividend + half) / divisor : -((-dividend + half) / divisor);
}

const PLAIN = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 });

function numberToPlain(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a decimal amount: ${value}`);
  const text = String(value);
  return text.includes('e') ? PLAIN.format(value) : text;
}

/**
 * `numerator ÷ denominator` as an exact decimal string with `places` places, rounded half away
 * from zero (a margin, a utilisation, minutes ÷ 60 as hours); the denominator must not be zero.
 */
export function formatRatio(numerator: bigint, denominator: bigint, places = 4): string {
  if (denominator === 0n) throw new RangeError('ratio over zero');
  const sign = numerator < 0n !== denominator < 0n ? -1n : 1n;
  const abs = (value: bigint) => (value < 0n ? -value : value);
  const scaled = divideRounded(abs(numerator) * 10n ** BigInt(places), abs(denominator));
  return formatMinor(sign * scaled, places);
}
