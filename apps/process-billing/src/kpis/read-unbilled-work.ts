import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Money } from '@p2c/canonical';
import { UnbilledWork } from '../planning/unbilled-work';
import type { UnbilledAmountDto } from './dto/unbilled-amount.dto';
import type { UnbilledWorkDto } from './dto/unbilled-work.dto';
import { UNBILLED_AGES, UnbilledAge, unbilledAge } from './unbilled-age';

interface Sum {
  legalEntity: string;
  currency: string;
  age: UnbilledAge;
  minor: bigint;
  postings: number;
  scheduleLines: number;
}

/**
 * What each legal entity of BILLING_LEGAL_ENTITIES still has to bill, as a run planned today
 * would find it (UnbilledWork), by currency and age. Reads every posting of every entity: see
 * UnbilledWorkCache.
 */
@Injectable()
export class ReadUnbilledWork {
  constructor(
    private readonly unbilled: UnbilledWork,
    private readonly config: ConfigService,
  ) {}

  async execute(): Promise<UnbilledWorkDto> {
    const asOf = new Date();
    const today = asOf.toISOString().slice(0, 10);
    const sums = new Map<string, Sum>();
    for (const legalEntity of this.config.getOrThrow<string[]>('BILLING_LEGAL_ENTITIES'))
      for (const { item, source, dated } of await this.unbilled.of(legalEntity, today)) {
        const age = unbilledAge(dated, today);
        const key = `${legalEntity} ${item.currency} ${age}`;
        const sum = sums.get(key) ?? {
          legalEntity,
          currency: item.currency,
          age,
          minor: 0n,
          postings: 0,
          scheduleLines: 0,
        };
        sum.minor += BigInt(item.amountMinor);
        if (source === 'posting') sum.postings++;
        else sum.scheduleLines++;
        sums.set(key, sum);
      }
    return { asOf: asOf.toISOString(), amounts: [...sums.values()].sort(bySum).map(amountView) };
  }
}

function bySum(a: Sum, b: Sum): number {
  return (
    a.legalEntity.localeCompare(b.legalEntity) ||
    a.currency.localeCompare(b.currency) ||
    UNBILLED_AGES.indexOf(a.age) - UNBILLED_AGES.indexOf(b.age)
  );
}

function amountView(sum: Sum): UnbilledAmountDto {
  return {
    legalEntity: sum.legalEntity,
    age: sum.age,
    amount: Money.fromMinor(sum.minor, sum.currency).toJSON(),
    postings: sum.postings,
    scheduleLines: sum.scheduleLines,
  };
}
