import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { Money } from '@p2c/canonical';
import { ItemDraft, postingItem, scheduleItem } from '../planning/billable-items';
import { billedPostings, dueScheduleLines } from '../planning/billed-so-far';
import { ProjectTermsReader } from '../planning/project-terms';
import { PostingView, UnbilledPostings } from '../planning/unbilled-postings';
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
 * would find it: the billable postings the ERP holds (process-time's `GET /postings`) of
 * time-and-materials projects (the ERP's contract terms), less what billing event items already
 * bill of them, plus the fee, retainer and milestone lines billable by today that no item
 * holds. Reads every posting of every entity: see UnbilledWorkCache.
 */
@Injectable()
export class ReadUnbilledWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly postings: UnbilledPostings,
    private readonly terms: ProjectTermsReader,
    private readonly config: ConfigService,
  ) {}

  async execute(): Promise<UnbilledWorkDto> {
    const asOf = new Date();
    const today = asOf.toISOString().slice(0, 10);
    const sums = new Map<string, Sum>();
    const add = (legalEntity: string, item: ItemDraft, source: 'posting' | 'line') => {
      const dated = item.workDate ?? item.postedAt?.toISOString().slice(0, 10) ?? today;
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
    };
    const manager = this.dataSource.manager;
    for (const legalEntity of this.config.getOrThrow<string[]>('BILLING_LEGAL_ENTITIES')) {
      const postings = await this.postings.posted(legalEntity);
      const timeAndMaterials = await this.timeAndMaterials(postings);
      const billed = await billedPostings(
        manager,
        postings.map((posting) => posting.id),
      );
      for (const posting of postings) {
        // posted time and expenses bill only on a time-and-materials contract
        if (!posting.project || !timeAndMaterials.has(posting.project)) continue;
        const item = postingItem(posting, billed.get(posting.id));
        if (item) add(legalEntity, item, 'posting');
      }
      for (const line of await dueScheduleLines(manager, legalEntity, today))
        add(legalEntity, scheduleItem(line), 'line');
    }
    return { asOf: asOf.toISOString(), amounts: [...sums.values()].sort(bySum).map(amountView) };
  }

  /** The postings' projects billed on time and materials, as the ERP's contract terms say. */
  private async timeAndMaterials(postings: PostingView[]): Promise<Set<string>> {
    const projects = new Set<string>();
    for (const project of new Set(postings.flatMap((posting) => posting.project ?? [])))
      if ((await this.terms.of(project)).billingModel === 'TIME_AND_MATERIALS')
        projects.add(project);
    return projects;
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
