import { normalizeCompanyName } from './company-name';
import { normalizeTaxId } from './tax-id';

describe('normalizeCompanyName', () => {
  it.each([
    ['FABRIKAM LOGISTICS, INC.', 'Fabrikam Logistics'],
    ['Litware Bank Aktiengesellschaft', 'Litware Bank AG'],
    ['Tailspin Toys Ltd', 'tailspin toys limited'],
    ['Wingtip Insurance plc', 'WINGTIP INSURANCE'],
    ['Adatum Energie GmbH', 'Adatum Energie'],
    ['Contoso Pharmaceuticals Inc.', 'Contoso Pharmaceuticals Incorporated'],
    ['Acme LLC', 'ACME'],
    ['Müller & Söhne GmbH & Co. KG', 'Muller and Sohne'],
    ['Société Générale S.A.', 'societe generale'],
    ['State of Columbia Dept. of Revenue', 'state of columbia dept of revenue'],
  ])('reads %j and %j as one company', (a, b) => {
    expect(normalizeCompanyName(a)).toBe(normalizeCompanyName(b));
  });

  it('keeps what tells companies apart', () => {
    expect(normalizeCompanyName('Fabrikam Logistics')).not.toBe(
      normalizeCompanyName('Fabrikam Logistic Services'),
    );
    expect(normalizeCompanyName('Johnson & Johnson')).toBe('johnson and johnson');
    expect(normalizeCompanyName('AG Insurance SA')).toBe('ag insurance');
  });

  it('never normalises a name to nothing', () => {
    expect(normalizeCompanyName('AG')).toBe('ag');
    expect(normalizeCompanyName('Holding Co.')).toBe('holding');
  });
});

describe('normalizeTaxId', () => {
  it('ignores spacing, punctuation and case', () => {
    expect(normalizeTaxId('DE 298 765 432')).toBe(normalizeTaxId('de298765432'));
    expect(normalizeTaxId('US-91-7654321')).toBe('US917654321');
  });
});
