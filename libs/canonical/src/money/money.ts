import { minorDigits } from './currency';
import { formatMinor, multiplyMinor, toMinor } from './decimal';

/** The wire form of an amount: an exact decimal string and its currency. */
export interface MoneyJson {
  amount: string;
  currency: string;
}

/** An exact amount of one currency, held as integer minor units. */
export class Money {
  private constructor(
    readonly minor: bigint,
    readonly currency: string,
  ) {}

  static of(amount: string | number, currency: string): Money {
    return new Money(toMinor(amount, minorDigits(currency)), currency);
  }

  static fromMinor(minor: bigint | number, currency: string): Money {
    minorDigits(currency);
    return new Money(BigInt(minor), currency);
  }

  static zero(currency: string): Money {
    return Money.fromMinor(0n, currency);
  }

  static fromJson(json: MoneyJson): Money {
    return Money.of(json.amount, json.currency);
  }

  plus(other: Money): Money {
    return new Money(this.minor + this.sameCurrency(other).minor, this.currency);
  }

  minus(other: Money): Money {
    return new Money(this.minor - this.sameCurrency(other).minor, this.currency);
  }

  negate(): Money {
    return new Money(-this.minor, this.currency);
  }

  /** `this × factor` (hours, a quantity, a tax rate), rounded half away from zero to the minor unit. */
  times(factor: string | number): Money {
    return new Money(multiplyMinor(this.minor, factor), this.currency);
  }

  isZero(): boolean {
    return this.minor === 0n;
  }

  equals(other: Money): boolean {
    return this.currency === other.currency && this.minor === other.minor;
  }

  /** Minor units as a JS number, for storage in integer columns; refuses unsafe magnitudes. */
  toMinorNumber(): number {
    const value = Number(this.minor);
    if (!Number.isSafeInteger(value)) throw new RangeError(`amount too large: ${this.toString()}`);
    return value;
  }

  toDecimal(): string {
    return formatMinor(this.minor, minorDigits(this.currency));
  }

  toJSON(): MoneyJson {
    return { amount: this.toDecimal(), currency: this.currency };
  }

  toString(): string {
    return `${this.toDecimal()} ${this.currency}`;
  }

  private sameCurrency(other: Money): Money {
    if (other.currency !== this.currency) {
      throw new RangeError(`cannot combine ${this.currency} with ${other.currency}`);
    }
    return other;
  }
}
