import { evaluate } from './record-query';
import { parseSoql } from './soql';
import { parseSuiteQl } from './suiteql';

type Row = Record<string, unknown>;

const ROWS: Row[] = [
  {
    Id: '1',
    Name: 'Contoso',
    Amount: 480000,
    Stage: 'Closed Won',
    Won: true,
    Modified: '2026-11-20T09:00:00.000+0000',
    Close: '2026-09-26',
  },
  {
    Id: '2',
    Name: 'fabrikam',
    Amount: 350000,
    Stage: 'Closed Won',
    Won: true,
    Modified: '2026-11-20T10:00:00.000+0000',
    Close: null,
  },
  {
    Id: '10',
    Name: 'Tailspin',
    Amount: 90000,
    Stage: 'Proposal',
    Won: false,
    Modified: '2026-11-19T09:00:00.000+0000',
    Close: '2026-12-01',
  },
];
const read = (row: Row, field: string) => row[field];
const soql = (text: string) =>
  evaluate(ROWS, parseSoql(text), read, { caseInsensitive: true }).map((r) => r.Id);

describe('SOQL subset', () => {
  it('honours AND/OR/NOT precedence and parentheses', () => {
    expect(
      soql("SELECT Id FROM O WHERE Stage = 'Proposal' OR Won = true AND Amount > 400000"),
    ).toEqual(['1', '10']);
    expect(
      soql("SELECT Id FROM O WHERE (Stage = 'Proposal' OR Won = true) AND Amount > 100000"),
    ).toEqual(['1', '2']);
    expect(soql("SELECT Id FROM O WHERE NOT (Stage = 'Proposal' OR Amount > 400000)")).toEqual([
      '2',
    ]);
  });

  it('compares date-times, dates, nulls, IN and LIKE as Salesforce does', () => {
    expect(soql('SELECT Id FROM O WHERE Modified > 2026-11-20T09:30:00Z')).toEqual(['2']);
    expect(soql('SELECT Id FROM O WHERE Close < 2026-10-01')).toEqual(['1']);
    expect(soql('SELECT Id FROM O WHERE Close = null')).toEqual(['2']);
    expect(soql('SELECT Id FROM O WHERE Close != null')).toEqual(['1', '10']);
    expect(soql("SELECT Id FROM O WHERE Name IN ('FABRIKAM', 'tailspin')")).toEqual(['2', '10']);
    expect(soql("SELECT Id FROM O WHERE Name LIKE 'c%'")).toEqual(['1']);
  });

  it('orders, limits and offsets', () => {
    expect(soql('SELECT Id FROM O ORDER BY Amount DESC LIMIT 2')).toEqual(['1', '2']);
    expect(soql('SELECT Id FROM O ORDER BY Close ASC NULLS LAST')).toEqual(['1', '10', '2']);
    expect(soql('SELECT Id FROM O ORDER BY Id LIMIT 1 OFFSET 1')).toEqual(['2']);
  });

  it('refuses what it does not support', () => {
    expect(() => parseSoql('SELECT COUNT() FROM O')).toThrow();
    expect(() => parseSoql('SELECT Account.Name FROM O')).toThrow();
    expect(() => parseSoql('SELECT Id FROM O WHERE CreatedDate = TODAY')).toThrow();
    expect(() => parseSoql('DELETE O')).toThrow();
  });
});

describe('SuiteQL subset', () => {
  const suiteQl = (text: string) =>
    evaluate(
      ROWS,
      parseSuiteQl(text),
      (row, field) => row[field.charAt(0).toUpperCase() + field.slice(1)],
      {
        caseInsensitive: false,
      },
    ).map((r) => r.Id);

  it('filters case-sensitively and orders ids as numbers', () => {
    expect(suiteQl("SELECT id FROM t WHERE name = 'fabrikam'")).toEqual(['2']);
    expect(suiteQl("SELECT id FROM t WHERE name = 'FABRIKAM'")).toEqual([]);
    expect(suiteQl('SELECT id FROM t ORDER BY id DESC')).toEqual(['10', '2', '1']);
    expect(suiteQl('SELECT id FROM t WHERE close IS NULL OR amount < 100000')).toEqual(['2', '10']);
    expect(suiteQl("SELECT id FROM t WHERE NOT stage IN ('Closed Won')")).toEqual(['10']);
  });

  it('names the table and columns, and refuses joins and writes', () => {
    expect(parseSuiteQl('SELECT id, CompanyName FROM Customer')).toMatchObject({
      from: 'customer',
      fields: ['id', 'companyname'],
    });
    expect(parseSuiteQl('SELECT * FROM customer').fields).toBe('*');
    expect(() =>
      parseSuiteQl('SELECT a.id FROM customer a JOIN job b ON a.id = b.parent'),
    ).toThrow();
    expect(() => parseSuiteQl("UPDATE customer SET companyname = 'x'")).toThrow();
    expect(() => parseSuiteQl('SELECT id FROM customer WHERE id = NULL')).toThrow();
  });
});
