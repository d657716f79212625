import { createHash } from 'node:crypto';

/**
 * Ids a vendor hands out, deterministic for a given scenario: every world starts its sequences
 * afresh, so the same scenario seeded the same way yields the same ids. Namespaces keep each
 * vendor's (and each record type's) counters apart; each vendor formats the number its own way.
 */
export class IdSequence {
  private readonly counters = new Map<string, number>();

  /** The next number in a namespace: `first`, `first + 1`, … */
  next(namespace: string, first = 1): number {
    const value = this.counters.get(namespace) ?? first;
    this.counters.set(namespace, value + 1);
    return value;
  }

  /** A 32-hex-digit id (Workday WID style), derived from the namespace's next number. */
  nextHex(namespace: string): string {
    const n = this.next(namespace);
    return createHash('md5').update(`${namespace}:${n}`).digest('hex');
  }
}
