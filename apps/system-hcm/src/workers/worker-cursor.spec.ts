import { decodeWorkerCursor, encodeWorkerCursor } from './worker-cursor';

describe('worker cursors', () => {
  it('round-trip the last id handed out', () => {
    expect(decodeWorkerCursor(encodeWorkerCursor('E1020'))).toBe('E1020');
  });

  it('refuse what this API never handed out', () => {
    for (const cursor of ['', 'RTEwMjA=', 'not a cursor'])
      expect(() => decodeWorkerCursor(cursor)).toThrow(
        'The cursor is not one this API handed out.',
      );
  });
});
