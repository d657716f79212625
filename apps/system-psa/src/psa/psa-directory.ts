import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { PsaApi, includedOf } from './psa-api';
import type { PsaRateCard, PsaRateCardRole, PsaRole, PsaUser } from './psa-records';
import { PsaSettings } from './psa-settings';

export interface RoleIndex {
  byId: Map<string, PsaRole>;
  byCode: Map<string, PsaRole>;
}

export interface RateCardWithLines {
  card: PsaRateCard;
  lines: PsaRateCardRole[];
}

const MAX_CACHED = 10_000;

/**
 * The PSA's reference data — users (the HCM employee number is theirs), roles and rate cards —
 * kept for PSA_REFERENCE_TTL_MS. A miss is never cached: a name not found is read again, so a user
 * or rate added in the PSA counts at once.
 */
@Injectable()
export class PsaDirectory {
  private readonly users: LRUCache<string, PsaUser>;
  private readonly userIds: LRUCache<string, string>;
  private readonly roles: LRUCache<'roles', RoleIndex>;
  private readonly rateCards: LRUCache<string, RateCardWithLines>;
  private readonly rateCardCodes: LRUCache<string, string>;

  constructor(
    private readonly api: PsaApi,
    settings: PsaSettings,
  ) {
    const ttl = Math.max(1, settings.referenceTtlMs);
    this.users = new LRUCache({ max: MAX_CACHED, ttl });
    this.userIds = new LRUCache({ max: MAX_CACHED, ttl });
    this.roles = new LRUCache({ max: 1, ttl });
    this.rateCards = new LRUCache({ max: 1_000, ttl });
    this.rateCardCodes = new LRUCache({ max: 1_000, ttl });
  }

  /**
   * The users of these ids the PSA has. What the cache holds is taken before the PSA is asked for
   * the rest: an entry that expires while the PSA answers is still in the answer.
   */
  async usersById(ids: Iterable<string>): Promise<Map<string, PsaUser>> {
    const found = new Map<string, PsaUser>();
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const user = this.users.get(id);
      if (user) found.set(id, user);
      else missing.push(id);
    }
    if (missing.length > 0)
      for (const user of this.remember(await this.api.byIds<PsaUser>('users', missing)))
        found.set(user.id, user);
    return found;
  }

  /** The users of these employee numbers the PSA has, taken from the cache as usersById does. */
  async usersByEmployeeNumber(numbers: Iterable<string>): Promise<Map<string, PsaUser>> {
    const found = new Map<string, PsaUser>();
    const missing: string[] = [];
    for (const number of new Set(numbers)) {
      const user = this.users.get(this.userIds.get(number) ?? '');
      if (user) found.set(number, user);
      else missing.push(number);
    }
    if (missing.length > 0) {
      const users = await this.api.all<PsaUser>('users', { employee_number: missing.join(',') });
      for (const user of this.remember(users))
        if (user.employee_number && missing.includes(user.employee_number))
          found.set(user.employee_number, user);
    }
    return found;
  }

  /** Every role by id and by code; read again when `codesOrIds` names one not known yet. */
  async roleIndex(codesOrIds: Iterable<string> = []): Promise<RoleIndex> {
    const cached = this.roles.get('roles');
    const complete =
      cached && [...codesOrIds].every((key) => cached.byCode.has(key) || cached.byId.has(key));
    if (cached && complete) return cached;
    const roles = await this.api.all<PsaRole>('roles');
    const index = {
      byId: new Map(roles.map((role) => [role.id, role])),
      byCode: new Map(roles.map((role) => [role.code, role])),
    };
    this.roles.set('roles', index);
    return index;
  }

  /** A rate card and its lines by code (the card's title); `fresh` skips the cache. */
  async rateCard(code: string, fresh = false): Promise<RateCardWithLines | undefined> {
    const cached = fresh ? undefined : this.rateCards.get(code);
    if (cached) return cached;
    const { records, included } = await this.api.page<PsaRateCard>(
      'rate_cards',
      { title: code, include: 'rate_card_roles' },
      1,
    );
    const card = records.find((candidate) => candidate.title === code);
    if (!card) return undefined;
    const lines = includedOf<PsaRateCardRole>(included, 'rate_card_roles', card.rate_card_role_ids);
    return this.rememberCard(card, lines);
  }

  async rateCardCode(id: string): Promise<string | undefined> {
    const cached = this.rateCardCodes.get(id);
    if (cached) return cached;
    const [card] = await this.api.byIds<PsaRateCard>('rate_cards', [id]);
    if (!card) return undefined;
    this.rateCardCodes.set(id, card.title);
    return card.title;
  }

  private rememberCard(card: PsaRateCard, lines: PsaRateCardRole[]): RateCardWithLines {
    const entry = { card, lines };
    this.rateCards.set(card.title, entry);
    this.rateCardCodes.set(card.id, card.title);
    return entry;
  }

  private remember(users: PsaUser[]): PsaUser[] {
    for (const user of users) {
      this.users.set(user.id, user);
      if (user.employee_number) this.userIds.set(user.employee_number, user.id);
    }
    return users;
  }
}
