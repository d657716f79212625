import { ProblemException } from './problem.exception';
import { UUID_KEY, decodeCursor, encodeCursor } from './keyset-cursor';

describe('keyset cursors', () => {
  it('round-trip the sort key and id of a page’s last item', () => {
    const keyset = { key: '2026-11-20T09:15:00.000Z', id: 'psa-time-31000017' };
    expect(decodeCursor(encodeCursor(keyset))).toEqual(keyset);
    // as Postgres writes a timestamptz as text, to the microsecond
    const exact = { key: '2026-11-20 09:15:00.123456+00', id: 'psa-time-31000017' };
    expect(decodeCursor(encodeCursor(exact))).toEqual(exact);
    expect(decodeCursor(undefined)).toBeUndefined();
  });

  it('refuse anything this API did not hand out', () => {
    for (const bad of [
      'not-base64-json',
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('["yesterday","psa-time-1"]').toString('base64url'),
    ]) {
      expect(() => decodeCursor(bad)).toThrow(ProblemException);
      try {
        decodeCursor(bad);
      } catch (error) {
        expect((error as ProblemException).code).toBe('INVALID_CURSOR');
      }
    }
  });

  it('refuse an id of another shape than the API’s', () => {
    const cursor = encodeCursor({ key: '2026-11-20T09:15:00.000Z', id: 'psa-time-1' });
    expect(() => decodeCursor(cursor, UUID_KEY)).toThrow(ProblemException);
  });
});

describe('keyset cursors of a list sorted several ways', () => {
  it('belong to the sort they were handed out with', () => {
    const keyset = {
      key: '2026-11-20T09:15:00.123456Z',
      id: '0b6f3c52-9a55-4d1e-9c1e-3d5a1f0e2b7a',
    };
    const cursor = encodeCursor(keyset, 'slaDueAt:asc');
    expect(decodeCursor(cursor, UUID_KEY, 'slaDueAt:asc')).toEqual(keyset);
    for (const other of ['slaDueAt:desc', 'createdAt:asc'])
      expect(() => decodeCursor(cursor, UUID_KEY, other)).toThrow(ProblemException);
    expect(() => decodeCursor(cursor, UUID_KEY)).toThrow(ProblemException);
    expect(() => decodeCursor(encodeCursor(keyset), UUID_KEY, 'slaDueAt:asc')).toThrow(
      ProblemException,
    );
  });
});
