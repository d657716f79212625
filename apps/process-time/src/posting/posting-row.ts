import type { TimePostingKind, TimePostingStatus } from '@p2c/persistence';

/** The state of one entry's posting a worker acts on (read under its lease). */
export interface PostingRow {
  id: string;
  kind: TimePostingKind;
  sourceSystem: string;
  sourceId: string;
  latestVersion: number;
  latest: Record<string, unknown>;
  deleted: boolean;
  status: TimePostingStatus;
  postedVersion: number | null;
  seenAt: Date | null;
}

export const POSTING_ROW_COLUMNS = `
  id, kind, source_system AS "sourceSystem", source_id AS "sourceId",
  latest_version AS "latestVersion", latest, deleted, status, posted_version AS "postedVersion",
  seen_at AS "seenAt"`;

/** What the ERP should show for the entry: its latest version posted, or nothing. */
export function wantsPosted(row: Pick<PostingRow, 'deleted' | 'latest'>): boolean {
  return !row.deleted && row.latest.status === 'APPROVED';
}
