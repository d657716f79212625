import { createExperienceClient, type components } from '@p2c-gateway/experience-client';
import { currentToken, signOut } from './session';

export type Schemas = components['schemas'];
export type Money = Schemas['MoneyDto'];

/** An RFC 9457 problem as the experience API worded it. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly code?: string,
    readonly correlationId?: string,
  ) {
    super(detail || title);
  }
}

/** The experience API on this page's own origin, with the signed-in person's token. */
export const api = createExperienceClient({ baseUrl: window.location.origin, token: currentToken });

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of an answer, or the API's problem thrown as it worded it. */
export async function ok<T>(pending: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await pending;
  if (response.ok) return data as T;
  const body = (error ?? {}) as Partial<
    Record<'title' | 'detail' | 'code' | 'correlationId', string>
  >;
  if (response.status === 401) signOut();
  throw new Problem(
    response.status,
    body.title ?? response.statusText,
    typeof body.detail === 'string' ? body.detail : '',
    body.code,
    body.correlationId,
  );
}

/** A fresh key for each action a person takes, so a resent request does it once. */
export const idempotency = () => ({ 'Idempotency-Key': crypto.randomUUID() });

export function money(value?: Money): string {
  if (!value) return '—';
  const amount = Number(value.amount);
  return Number.isFinite(amount)
    ? new Intl.NumberFormat('en', { style: 'currency', currency: value.currency }).format(amount)
    : `${value.amount} ${value.currency}`;
}

export function when(value?: string): string {
  return value ? new Date(value).toLocaleString('en-GB', { timeZone: 'UTC' }) + ' UTC' : '—';
}
