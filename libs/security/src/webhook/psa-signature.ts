import { createHmac, timingSafeEqual } from 'node:crypto';

export const PSA_SIGNATURE_HEADER = 'x-psa-signature';
export const PSA_SIGNATURE_TOLERANCE_SECONDS = 300;

function hmacHex(secret: string, unixTime: number, rawBody: Buffer | string): string {
  return createHmac('sha256', secret).update(`${unixTime}.`).update(rawBody).digest('hex');
}

/** The `X-PSA-Signature` value for a delivery: `t=<unix>,v1=<hex HMAC-SHA256 of "t.rawBody">`. */
export function signPsaWebhook(secret: string, rawBody: Buffer | string, unixTime: number): string {
  return `t=${unixTime},v1=${hmacHex(secret, unixTime, rawBody)}`;
}

export type PsaSignatureCheck =
  { valid: true } | { valid: false; reason: 'malformed' | 'stale' | 'mismatch' };

interface ParsedSignature {
  timestamp: number;
  signatures: Buffer[];
}

function parseHeader(header: string): ParsedSignature | undefined {
  let timestamp: number | undefined;
  const signatures: Buffer[] = [];
  for (const part of header.split(',')) {
    const [name, value, ...extra] = part.trim().split('=');
    if (extra.length || value === undefined) return undefined;
    if (name === 't') {
      if (!/^\d{1,12}$/.test(value) || timestamp !== undefined) return undefined;
      timestamp = Number(value);
    } else if (name === 'v1') {
      if (!/^[0-9a-f]{64}$/i.test(value)) return undefined;
      signatures.push(Buffer.from(value, 'hex'));
    }
  }
  return timestamp === undefined || !signatures.length ? undefined : { timestamp, signatures };
}

/**
 * Checks a delivery's signature against its raw body: the timestamp within the tolerance (either
 * way, for clock skew) and one `v1` matching, compared in constant time. Several `v1` values are
 * accepted so the sender can rotate secrets.
 */
export function verifyPsaSignature(
  secret: string,
  header: string | undefined,
  rawBody: Buffer | string,
  nowUnix = Math.floor(Date.now() / 1000),
  toleranceSeconds = PSA_SIGNATURE_TOLERANCE_SECONDS,
): PsaSignatureCheck {
  const parsed = header === undefined ? undefined : parseHeader(header);
  if (!parsed) return { valid: false, reason: 'malformed' };
  if (Math.abs(nowUnix - parsed.timestamp) > toleranceSeconds)
    return { valid: false, reason: 'stale' };
  const expected = Buffer.from(hmacHex(secret, parsed.timestamp, rawBody), 'hex');
  const matches = parsed.signatures.some((given) => timingSafeEqual(given, expected));
  return matches ? { valid: true } : { valid: false, reason: 'mismatch' };
}
