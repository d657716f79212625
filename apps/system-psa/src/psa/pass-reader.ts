import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { decodeCursor, encodeCursor } from './cursor';
import { PsaApi } from './psa-api';
import type { PsaRecord } from './psa-records';
import { PsaSettings } from './psa-settings';

/** A PSA list read in passes over everything stamped after a point in time. */
export interface PassSource {
  /** the cursor's list name */
  list: string;
  resource: string;
  /** the filter: strictly after (`updated_after`, `created_after`) */
  afterParameter: string;
  /** the field that filter compares (`updated_at`, `created_at`) */
  stampField: 'updated_at' | 'created_at';
  /**
   * true when the PSA lists in ascending id order: a record is handed out once per pass even
   * when records before it come or go. false (an unordered feed): positions are kept instead.
   */
  ascendingIds: boolean;
}

export interface PassRequest<T> {
  cursor?: string;
  /** where the first pass starts when no cursor is given (absent: everything the PSA keeps) */
  since?: string;
  limit: number;
  accept?: (record: T) => boolean;
}

export interface PassResult<T> {
  records: T[];
  /** the rest of this pass; absent when the pass is complete */
  nextCursor?: string;
  /** where to resume: the rest of the pass, or the next pass once this one is complete */
  checkpoint: string;
}

const EPOCH = '1970-01-01T00:00:00.000Z';
const stamp = z.string().datetime({ offset: true });

const cursorShape = {
  /** the filter value of this pass */
  s: stamp.optional(),
  /** the PSA page to read next */
  p: z.number().int().min(1),
  /** records per PSA page in this pass (positions depend on it) */
  n: z.number().int().min(1).max(200),
  /** unordered lists: the index within that page to read next */
  i: z.number().int().min(0),
  /** ordered lists: the last id handed out in this pass */
  l: z.string().max(64),
  /** records the PSA counted when it was last read */
  c: z.number().int().min(0),
  /** the latest stamp on the first page of this pass (seen before anything of this pass changed) */
  f: stamp.optional(),
  /** the latest stamp seen in this pass */
  m: stamp.optional(),
  /** the latest stamp seen before this pass began */
  q: stamp.optional(),
};

type PassCursor = z.infer<z.ZodObject<typeof cursorShape>>;

/**
 * Reads a PSA list in passes, so a caller can page through it with a checkpoint and miss nothing:
 *
 * - a pass is every record stamped after `s`, read page by page across as many calls as the
 *   caller likes; a record that changes meanwhile is not lost: it is stamped after the pass began;
 * - the next pass starts at the latest stamp seen no later than the beginning of this pass (the
 *   first page of this pass, or anything seen in the pass before), less PSA_PASS_OVERLAP_MS for
 *   clock granularity — so everything changed after this pass began is read again, however long
 *   the caller took;
 * - records may therefore come again (in a later pass, or in an unordered feed's repeats): callers
 *   de-duplicate on the id (events) or on id and version (time, expenses).
 */
@Injectable()
export class PassReader {
  constructor(
    private readonly api: PsaApi,
    private readonly settings: PsaSettings,
  ) {}

  async read<T extends PsaRecord>(
    source: PassSource,
    request: PassRequest<T>,
  ): Promise<PassResult<T>> {
    const cursor = request.cursor
      ? decodeCursor(source.list, request.cursor, cursorShape)
      : this.firstPass(request.since);
    const records: T[] = [];
    for (let reads = 0; reads < this.settings.maxPagesPerCall; reads += 1) {
      const query = cursor.s ? { [source.afterParameter]: cursor.s } : {};
      const page = await this.api.page<T>(source.resource, query, cursor.p, cursor.n);
      if (source.ascendingIds && page.count < cursor.c && cursor.p > 1) {
        // records before our place went away and the rest moved up: step back over them
        cursor.p = Math.max(1, cursor.p - Math.ceil((cursor.c - page.count) / cursor.n));
        cursor.c = page.count;
        continue;
      }
      cursor.c = page.count;
      cursor.f ??=
        latest(page.records.map((record) => record[source.stampField])) ?? cursor.s ?? EPOCH;
      for (
        let index = source.ascendingIds ? 0 : cursor.i;
        index < page.records.length;
        index += 1
      ) {
        const record = page.records[index];
        if (source.ascendingIds) {
          if (compareIds(record.id, cursor.l) <= 0) continue;
          cursor.l = record.id;
        } else cursor.i = index + 1;
        cursor.m = latest([cursor.m, record[source.stampField]]);
        if (!request.accept || request.accept(record)) records.push(record);
        if (records.length >= request.limit) return this.answer(source, records, cursor);
      }
      if (cursor.p >= page.pageCount) {
        const next = this.nextPass(cursor);
        return { records, checkpoint: encodeCursor(source.list, next) };
      }
      cursor.p += 1;
      cursor.i = 0;
    }
    return this.answer(source, records, cursor);
  }

  private answer<T>(source: PassSource, records: T[], cursor: PassCursor): PassResult<T> {
    const text = encodeCursor(source.list, cursor);
    return { records, nextCursor: text, checkpoint: text };
  }

  private nextPass(cursor: PassCursor): PassCursor {
    const seenBeforeStart = latest([cursor.f, cursor.q]);
    const since = seenBeforeStart
      ? latest([cursor.s, minus(seenBeforeStart, this.settings.passOverlapMs)])
      : cursor.s;
    return { ...this.firstPass(since), q: latest([cursor.q, cursor.m]) };
  }

  private firstPass(since: string | undefined): PassCursor {
    return { s: since, p: 1, n: this.settings.pageSize, i: 0, l: '0', c: 0 };
  }
}

/** Numeric ids by value; anything else by length, then text. */
export function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

function latest(stamps: (string | undefined)[]): string | undefined {
  let found: string | undefined;
  let foundAt = -Infinity;
  for (const value of stamps) {
    const at = value === undefined ? NaN : Date.parse(value);
    if (!Number.isNaN(at) && at > foundAt) {
      found = new Date(at).toISOString();
      foundAt = at;
    }
  }
  return found;
}

function minus(value: string, ms: number): string {
  return new Date(Date.parse(value) - ms).toISOString();
}
