import { AuditLogEntry } from './audit-log-entry.entity';
import { CrossReference } from './cross-reference.entity';
import { ExceptionCase } from './exception-case.entity';
import { IdempotencyKey } from './idempotency-key.entity';
import { InboxMessage } from './inbox-message.entity';
import { OnboardingStep } from './onboarding-step.entity';
import { Onboarding } from './onboarding.entity';
import { OutboxMessage } from './outbox-message.entity';
import { SyncCheckpoint } from './sync-checkpoint.entity';
import { SyncLedgerEntry } from './sync-ledger-entry.entity';
import { TimePosting } from './time-posting.entity';

export * from './audit-log-entry.entity';
export * from './cross-reference.entity';
export * from './exception-case.entity';
export * from './idempotency-key.entity';
export * from './inbox-message.entity';
export * from './onboarding-step.entity';
export * from './onboarding.entity';
export * from './outbox-message.entity';
export * from './sync-checkpoint.entity';
export * from './sync-ledger-entry.entity';
export * from './system-names';
export * from './time-posting.entity';

export const ENTITIES = [
  IdempotencyKey,
  CrossReference,
  InboxMessage,
  OutboxMessage,
  SyncLedgerEntry,
  ExceptionCase,
  AuditLogEntry,
  SyncCheckpoint,
  TimePosting,
  Onboarding,
  OnboardingStep,
];
