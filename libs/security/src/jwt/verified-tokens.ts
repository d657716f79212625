import { Injectable } from '@nestjs/common';
import { decode } from 'jsonwebtoken';
import { LRUCache } from 'lru-cache';
import type { AuthenticatedPrincipal } from '../authenticated-principal';

/** Distinct tokens remembered at once: the least recently used go first. */
const MAX_TOKENS = 10_000;

interface Verified {
  principal: Readonly<AuthenticatedPrincipal>;
  /** the token's `exp`, in ms */
  expiresAt: number;
}

/**
 * The principals of bearer tokens that passed full verification, by the raw token, until the
 * token's `exp`: a caller sending the same token again skips signature and claim checks. Only
 * verified tokens are remembered, never refused ones, and none past `exp` (the clock tolerance
 * is granted by full verification alone), so a token stops being accepted from here the moment
 * it expires.
 */
@Injectable()
export class VerifiedTokens {
  private readonly tokens = new LRUCache<string, Verified>({ max: MAX_TOKENS });

  principalOf(token: string): Readonly<AuthenticatedPrincipal> | undefined {
    const verified = this.tokens.get(token);
    if (!verified) return undefined;
    if (Date.now() < verified.expiresAt) return verified.principal;
    this.tokens.delete(token);
    return undefined;
  }

  /** Call only after `token` passed full verification and yielded `principal`. */
  remember(token: string, principal: AuthenticatedPrincipal): Readonly<AuthenticatedPrincipal> {
    const payload = decode(token, { json: true });
    const kept = Object.freeze({ ...principal, roles: Object.freeze([...principal.roles]) });
    if (typeof payload?.exp === 'number' && Date.now() < payload.exp * 1000)
      this.tokens.set(token, {
        principal: kept as AuthenticatedPrincipal,
        expiresAt: payload.exp * 1000,
      });
    return kept as AuthenticatedPrincipal;
  }
}
