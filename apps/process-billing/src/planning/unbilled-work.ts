import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CalendarDate } from '@p2c/canonical';
import { ItemDraft, postingItem, scheduleItem } from './billable-items';
import { billedPostings, dueScheduleLines } from './billed-so-far';
import { ProjectTermsReader } from './project-terms';
import { readEach } from './read-each';
import { PostingView, UnbilledPostings } from './unbilled-postings';

/** One source a legal entity still has to bill, as the item a run would make of it. */
export interface UnbilledSource {
  item: ItemDraft;
  source: 'posting' | 'line';
  /**
   * The day it counts on: a posting's work date (its posted date when it has none), a fee or
   * retainer line's due date, a milestone's completion date.
   */
  dated: CalendarDate;
}

/**
 * What a legal entity still has to bill, as a run planned on `asOf` would find it: the billable
 * postings the ERP holds now (process-time's `GET /postings`, every period) of time-and-materials
 * projects (the ERP's contract terms), less what billing event items already bill of them, plus
 * the fee and retainer lines due by `asOf` and the milestones completed by then that no item
 * holds. Read outside any run's lock: a run planning meanwhile may bill some of it.
 */
@Injectable()
export class UnbilledWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly postings: UnbilledPostings,
    private readonly terms: ProjectTermsReader,
  ) {}

  async of(legalEntity: string, asOf: CalendarDate): Promise<UnbilledSource[]> {
    const manager = this.dataSource.manager;
    const postings = await this.postings.posted(legalEntity);
    const timeAndMaterials = await this.timeAndMaterials(postings);
    const billed = await billedPostings(
      manager,
      postings.map((posting) => posting.id),
    );
    const found: UnbilledSource[] = [];
    const add = (item: ItemDraft, source: UnbilledSource['source']) =>
      found.push({
        item,
        source,
        dated: item.workDate ?? item.postedAt?.toISOString().slice(0, 10) ?? asOf,
      });
    for (const posting of postings) {
      // posted time and expenses bill only on a time-and-materials contract
      if (!posting.project || !timeAndMaterials.has(posting.project)) continue;
      const item = postingItem(posting, billed.get(posting.id));
      if (item) add(item, 'posting');
    }
    for (const line of await dueScheduleLines(manager, legalEntity, asOf))
      add(scheduleItem(line), 'line');
    return found;
  }

  /** The postings' projects billed on time and materials, as the ERP's contract terms say. */
  private async timeAndMaterials(postings: PostingView[]): Promise<Set<string>> {
    const projects = [...new Set(postings.flatMap((posting) => posting.project ?? []))];
    const terms = await readEach(projects, (project) => this.terms.of(project));
    return new Set(
      projects.filter((project) => terms.get(project)!.billingModel === 'TIME_AND_MATERIALS'),
    );
  }
}
