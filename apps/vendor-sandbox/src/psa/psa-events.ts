import type { PsaRecord } from './psa-record';

/**
 * The changes a gateway cares about, named as Kantata names its subscribed event types
 * (`<subject>:<change>`). Approval events carry the record as it is after the change, including
 * its `version`, so a consumer can tell a correction from a repeat.
 */
export type PsaEventType =
  | 'time_entry:approved'
  | 'time_entry:updated'
  | 'time_entry:unapproved'
  | 'time_entry:deleted'
  | 'expense:approved'
  | 'expense:updated'
  | 'expense:unapproved'
  | 'expense:deleted'
  | 'story:completed'
  | 'workspace:created'
  | 'workspace:updated'
  | 'participation:created'
  | 'participation:deleted'
  | 'workspace_resource:created'
  | 'workspace_resource:deleted'
  | 'rate_card:updated';

export interface PsaEvent {
  [field: string]: unknown;
  id: string;
  event_type: PsaEventType;
  subject_type: string;
  subject_id: string;
  subject_changed_at: string;
  created_at: string;
  payload: PsaRecord;
}

/** An event about to be recorded: what changed, about which record. */
export interface PsaEventDraft {
  type: PsaEventType;
  subjectType: string;
  subject: PsaRecord;
}
