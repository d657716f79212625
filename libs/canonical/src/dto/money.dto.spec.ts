import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { MoneyDto } from './money.dto';

function errorsOf(plain: object): string[] {
  return validateSync(plainToInstance(MoneyDto, plain)).map((error) => error.property);
}

describe('MoneyDto', () => {
  it('accepts exact decimal strings in an ISO 4217 currency', () => {
    expect(errorsOf({ amount: '1250.00', currency: 'USD' })).toEqual([]);
    expect(errorsOf({ amount: '-3', currency: 'JPY' })).toEqual([]);
  });

  it('refuses floats, exponents and malformed decimals', () => {
    expect(errorsOf({ amount: 12.5, currency: 'USD' })).toEqual(['amount']);
    expect(errorsOf({ amount: '1e3', currency: 'USD' })).toEqual(['amount']);
    expect(errorsOf({ amount: '1.', currency: 'USD' })).toEqual(['amount']);
  });

  it('refuses currencies that are not ISO 4217', () => {
    expect(errorsOf({ amount: '1.00', currency: 'usd' })).toEqual(['currency']);
    expect(errorsOf({ amount: '1.00', currency: 'XYZ' })).toEqual(['currency']);
    expect(errorsOf({ amount: '1.00' })).toEqual(['currency']);
  });
});
