import { createHmac } from 'node:crypto';
import { signPsaWebhook, verifyPsaSignature } from './psa-signature';

const SECRET = 'psa-dev-webhook-secret';
const BODY = Buffer.from('{"event":"time_entry.approved","id":"te-1"}');
const NOW = 1_800_000_000;

describe('PSA webhook signatures', () => {
  it('signs "t.rawBody" with HMAC-SHA256 in the documented header format', () => {
    const expected = createHmac('sha256', SECRET).update(`${NOW}.${BODY.toString()}`).digest('hex');
    expect(signPsaWebhook(SECRET, BODY, NOW)).toBe(`t=${NOW},v1=${expected}`);
    expect(signPsaWebhook(SECRET, BODY.toString(), NOW)).toBe(`t=${NOW},v1=${expected}`);
  });

  it('accepts its own signature within the tolerance, either side of now', () => {
    const header = signPsaWebhook(SECRET, BODY, NOW);
    expect(verifyPsaSignature(SECRET, header, BODY, NOW)).toEqual({ valid: true });
    expect(verifyPsaSignature(SECRET, header, BODY, NOW + 300)).toEqual({ valid: true });
    expect(verifyPsaSignature(SECRET, header, BODY, NOW - 300)).toEqual({ valid: true });
  });

  it('refuses a timestamp more than 300 seconds away', () => {
    const header = signPsaWebhook(SECRET, BODY, NOW);
    expect(verifyPsaSignature(SECRET, header, BODY, NOW + 301)).toEqual({
      valid: false,
      reason: 'stale',
    });
    expect(verifyPsaSignature(SECRET, header, BODY, NOW - 301).valid).toBe(false);
  });

  it('refuses a tampered body, another secret and a changed timestamp', () => {
    const header = signPsaWebhook(SECRET, BODY, NOW);
    const mismatch = { valid: false, reason: 'mismatch' };
    expect(verifyPsaSignature(SECRET, header, Buffer.from(`${BODY} `), NOW)).toEqual(mismatch);
    expect(verifyPsaSignature('another-webhook-secret', header, BODY, NOW)).toEqual(mismatch);
    const moved = header.replace(`t=${NOW}`, `t=${NOW + 1}`);
    expect(verifyPsaSignature(SECRET, moved, BODY, NOW)).toEqual(mismatch);
  });

  it('accepts any matching v1 so the sender can rotate secrets', () => {
    const current = signPsaWebhook(SECRET, BODY, NOW).split(',')[1];
    const old = signPsaWebhook('the-previous-webhook-secret', BODY, NOW).split(',')[1];
    expect(verifyPsaSignature(SECRET, `t=${NOW}, ${old}, ${current}`, BODY, NOW).valid).toBe(true);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['without a timestamp', `v1=${'a'.repeat(64)}`],
    ['without a signature', `t=${NOW}`],
    ['with a non-numeric timestamp', `t=soon,v1=${'a'.repeat(64)}`],
    ['with a short signature', `t=${NOW},v1=abc`],
    ['with a non-hex signature', `t=${NOW},v1=${'z'.repeat(64)}`],
    ['with two timestamps', `t=${NOW},t=${NOW},v1=${'a'.repeat(64)}`],
    ['with a bare word', `t=${NOW},v1`],
  ])('refuses a header %s as malformed', (_case, header) => {
    expect(verifyPsaSignature(SECRET, header, BODY, NOW)).toEqual({
      valid: false,
      reason: 'malformed',
    });
  });
});
