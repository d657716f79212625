import { ProblemException } from '@p2c/platform';
import { changesSoql } from './change-feed';
import { decodeCursor, encodeCursor, positionOf } from './change-position';

describe('change positions and cursors', () => {
  const position = { at: '2026-11-20T09:00:00.123Z', id: '006NW000101' };

  it('round-trips a position through its opaque cursor', () => {
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['a bad time', encodeCursor({ at: '20 Nov 2026', id: '006A' })],
    ['an id that could break out of the query', encodeCursor({ ...position, id: "x' OR Id != '" })],
  ])('refuses %s as INVALID_CURSOR', (_what, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(ProblemException);
    expect(() => decodeCursor(cursor)).toThrow(/not one this API issued/);
  });

  it('takes a record position from the CRM form of LastModifiedDate', () => {
    expect(
      positionOf({ Id: '006NW000101', LastModifiedDate: '2026-11-20T09:00:00.123+0000' }),
    ).toEqual(position);
  });

  it('reads after a position by (LastModifiedDate, Id), so records of one millisecond are neither skipped nor repeated', () => {
    expect(
      changesSoql(
        {
          feed: 'closed-won-opportunities',
          object: 'Opportunity',
          fields: ['Id', 'LastModifiedDate'],
          where: 'IsWon = true',
        },
        position,
        201,
      ),
    ).toBe(
      "SELECT Id, LastModifiedDate FROM Opportunity WHERE (IsWon = true) AND (LastModifiedDate > 2026-11-20T09:00:00.123Z OR (LastModifiedDate = 2026-11-20T09:00:00.123Z AND Id > '006NW000101')) ORDER BY LastModifiedDate ASC, Id ASC LIMIT 201",
    );
    expect(
      changesSoql({ feed: 'customers', object: 'Account', fields: ['Id'] }, undefined, 5),
    ).toBe('SELECT Id FROM Account ORDER BY LastModifiedDate ASC, Id ASC LIMIT 5');
  });
});
