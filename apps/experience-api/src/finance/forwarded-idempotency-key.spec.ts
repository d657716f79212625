import { forwardedIdempotencyKey } from './forwarded-idempotency-key';

describe('the Idempotency-Key passed on to process-billing', () => {
  it('is the same for every retry of a caller’s key, and a valid key itself', () => {
    const first = forwardedIdempotencyKey('ana.finance', 'november-us-1');
    expect(forwardedIdempotencyKey('ana.finance', 'november-us-1')).toEqual(first);
    expect(first['Idempotency-Key']).toMatch(/^[\x21-\x7e]{1,255}$/);
  });

  it('differs between callers using the same key, and between keys of one caller', () => {
    const key = (subject: string, own: string) =>
      forwardedIdempotencyKey(subject, own)['Idempotency-Key'];
    expect(key('ana.finance', 'run-1')).not.toBe(key('ben.finance', 'run-1'));
    expect(key('ana.finance', 'run-1')).not.toBe(key('ana.finance', 'run-2'));
  });

  it('is left out when the caller sent none', () => {
    expect(forwardedIdempotencyKey('ana.finance', undefined)).toEqual({});
  });
});
