import type {
  LedgerSystem,
  TimePostingKind,
  TimePostingSource,
  TimePostingStatus,
} from '@p2c/persistence';

interface PostingState {
  id: string;
  sourceSystem: LedgerSystem;
  sourceId: string;
  latestVersion: number;
  deleted: boolean;
  status: TimePostingStatus;
  postedVersion: number | null;
  seenAt: Date | null;
}

/**
 * The state of one entry's posting a worker acts on (read under its lease); its `kind` says
 * which source record `latest` is.
 */
export type PostingRow<K extends TimePostingKind = TimePostingKind> = PostingState &
  Extract<TimePostingSource, { kind: K }>;

export const POSTING_ROW_COLUMNS = `
  id, kind, source_system AS "sourceSystem", source_id AS "sourceId",
  latest_version AS "latestVersion", latest, deleted, status, posted_version AS "postedVersion",
  seen_at AS "seenAt"`;

/** What the ERP should show for the entry: its latest version posted, or nothing. */
export function wantsPosted(row: Pick<PostingRow, 'deleted' | 'latest'>): boolean {
  return !row.deleted && row.latest.status === 'APPROVED';
}
