import { Injectable } from '@nestjs/common';
import { ChangesPage } from '@p2c/canonical';
import { CheckpointStore } from '../checkpoints/checkpoint.store';
import { CrmClient } from '../crm/crm-client';
import { CrmRecord } from '../crm/crm-record';
import { soqlDateTime, soqlString } from '../crm/soql';
import { ChangePosition, decodeCursor, encodeCursor, positionOf } from './change-position';
import { CrmFeed } from '../checkpoints/crm-feed';
import { ChangesQueryDto } from './changes-query.dto';

/** Which records of which CRM object make up a feed. */
export interface FeedDefinition {
  feed: CrmFeed;
  object: string;
  /** must include Id and LastModifiedDate */
  fields: readonly string[];
  /** a SOQL condition the records must meet, e.g. `IsWon = true` */
  where?: string;
}

/**
 * Reads a feed: the records changed after a position, in (LastModifiedDate, Id) order, one SOQL
 * query whose pages are followed as far as the caller's limit. The position is the caller's
 * cursor, else the consumer's checkpoint, else the feed's start. Reading never moves a
 * checkpoint: the consumer saves it once it has processed the page (at-least-once).
 */
@Injectable()
export class ChangeFeed {
  constructor(
    private readonly crm: CrmClient,
    private readonly checkpoints: CheckpointStore,
  ) {}

  async page<T>(
    definition: FeedDefinition,
    query: ChangesQueryDto,
    assemble: (records: CrmRecord[]) => Promise<T[]>,
  ): Promise<ChangesPage<T>> {
    const after = await this.startOf(definition.feed, query);
    const records = await this.crm.query(changesSoql(definition, after, query.limit + 1));
    const page = records.slice(0, query.limit);
    const last = page.at(-1);
    const next = last ? positionOf(last) : after;
    return {
      items: await assemble(page),
      ...(next ? { nextCursor: encodeCursor(next) } : {}),
      hasMore: records.length > query.limit,
    };
  }

  private async startOf(
    feed: CrmFeed,
    { cursor, consumer }: ChangesQueryDto,
  ): Promise<ChangePosition | undefined> {
    if (cursor !== undefined) return decodeCursor(cursor);
    if (consumer === undefined) return undefined;
    return (await this.checkpoints.get(feed, consumer))?.position;
  }
}

export function changesSoql(
  { object, fields, where }: FeedDefinition,
  after: ChangePosition | undefined,
  limit: number,
): string {
  const conditions = where ? [`(${where})`] : [];
  if (after) {
    const at = soqlDateTime(after.at);
    conditions.push(
      `(LastModifiedDate > ${at} OR (LastModifiedDate = ${at} AND Id > ${soqlString(after.id)}))`,
    );
  }
  return [
    `SELECT ${fields.join(', ')} FROM ${object}`,
    ...(conditions.length > 0 ? [`WHERE ${conditions.join(' AND ')}`] : []),
    `ORDER BY LastModifiedDate ASC, Id ASC LIMIT ${limit}`,
  ].join(' ');
}
