import { AuditLogEntry } from './entities/audit-log-entry.entity';
import { BillingEventItem } from './entities/billing-event-item.entity';
import { BillingEvent } from './entities/billing-event.entity';
import { BillingPayment } from './entities/billing-payment.entity';
import { BillingProject } from './entities/billing-project.entity';
import { BillingRun } from './entities/billing-run.entity';
import { BillingScheduleLine } from './entities/billing-schedule-line.entity';
import { CrossReference } from './entities/cross-reference.entity';
import { ForecastAssignment } from './entities/forecast-assignment.entity';
import { ForecastProject } from './entities/forecast-project.entity';
import { ForecastVersion } from './entities/forecast-version.entity';
import { ExceptionCase } from './entities/exception-case.entity';
import { DeadLetterReplay } from './entities/dead-letter-replay.entity';
import { ExceptionNote } from './entities/exception-note.entity';
import { ExceptionRetryBatch } from './entities/exception-retry-batch.entity';
import { ExceptionRetryItem } from './entities/exception-retry-item.entity';
import { IdempotencyKey } from './entities/idempotency-key.entity';
import { InboxMessage } from './entities/inbox-message.entity';
import { OnboardingStep } from './entities/onboarding-step.entity';
import { Onboarding } from './entities/onboarding.entity';
import { OutboxMessage } from './entities/outbox-message.entity';
import { ProvisionalProject } from './entities/provisional-project.entity';
import { ReconciliationDifference } from './entities/reconciliation-difference.entity';
import { ReconciliationFigure } from './entities/reconciliation-figure.entity';
import { Reconciliation } from './entities/reconciliation.entity';
import { SyncCheckpoint } from './entities/sync-checkpoint.entity';
import { SyncLedgerEntry } from './entities/sync-ledger-entry.entity';
import { TimePosting } from './entities/time-posting.entity';
import { CreateIdempotencyKeys1795348774000 } from './migrations/1795348774000-create-idempotency-keys';
import { CreateCrossReferences1795348800000 } from './migrations/1795348800000-create-cross-references';
import { CreateInboxMessages1795348800001 } from './migrations/1795348800001-create-inbox-messages';
import { CreateOutboxMessages1795348800002 } from './migrations/1795348800002-create-outbox-messages';
import { CreateSyncLedger1795348800003 } from './migrations/1795348800003-create-sync-ledger';
import { CreateExceptions1795348800004 } from './migrations/1795348800004-create-exceptions';
import { CreateAuditLog1795348800005 } from './migrations/1795348800005-create-audit-log';
import { CreateSyncCheckpoints1795420000000 } from './migrations/1795420000000-create-sync-checkpoints';
import { CreateOnboardings1795610000000 } from './migrations/1795610000000-create-onboardings';
import { CreateTimePostings1795620000000 } from './migrations/1795620000000-create-time-postings';
import { WidenExceptionOwnerGroups1795700000000 } from './migrations/1795700000000-widen-exception-owner-groups';
import { CreateExceptionNotes1795700000001 } from './migrations/1795700000001-create-exception-notes';
import { CreateBilling1795800000000 } from './migrations/1795800000000-create-billing';
import { AddOutboxJobRetries1795900000700 } from './migrations/1795900000700-add-outbox-job-retries';
import { CreateExceptionRetryBatches1796000000000 } from './migrations/1796000000000-create-exception-retry-batches';
import { AddOutboxGivenUp1796000000100 } from './migrations/1796000000100-add-outbox-given-up';
import { AddBillingModels1795900000000 } from './migrations/1795900000000-add-billing-models';
import { AddInvoiceStanding1795900000300 } from './migrations/1795900000300-add-invoice-standing';
import { AddBillingRunRecoveries1795900000600 } from './migrations/1795900000600-add-billing-run-recoveries';
import { CreateReconciliations1795900000200 } from './migrations/1795900000200-create-reconciliations';
import { AddOnboardingPartner1796100000410 } from './migrations/1796100000410-add-onboarding-partner';
import { CreateForecasts1796200000000 } from './migrations/1796200000000-create-forecasts';
import { AddBillingProjectPartner1796100000420 } from './migrations/1796100000420-add-billing-project-partner';
import { CreateProvisionalProjects1796200000510 } from './migrations/1796200000510-create-provisional-projects';
import { AddIdempotencyResponseHeaders1796200000600 } from './migrations/1796200000600-add-idempotency-response-headers';

/** Tables that go together, with the migrations that make them: an app's schema is a few of these. */
export interface TableSet {
  entities: readonly (new () => object)[];
  migrations: readonly (new () => object)[];
}

/** Responses kept for `Idempotency-Key` replays. */
export const IDEMPOTENCY_KEYS: TableSet = {
  entities: [IdempotencyKey],
  migrations: [CreateIdempotencyKeys1795348774000, AddIdempotencyResponseHeaders1796200000600],
};

/** A system API's canonical id ↔ vendor id map. */
export const CROSS_REFERENCES: TableSet = {
  entities: [CrossReference],
  migrations: [CreateCrossReferences1795348800000],
};

/** What a vendor pushed, kept until the process tier has taken it. */
export const INBOX: TableSet = {
  entities: [InboxMessage],
  migrations: [CreateInboxMessages1795348800001],
};

/** Jobs and events written in the transaction of the change, published after it commits. */
export const OUTBOX: TableSet = {
  entities: [OutboxMessage],
  migrations: [
    CreateOutboxMessages1795348800002,
    AddOutboxJobRetries1795900000700,
    AddOutboxGivenUp1796000000100,
  ],
};

/**
 * A flow's lineage, its exceptions for people to clear (with their bulk retries), the dead
 * letters replayed, and the audit log of what people did.
 */
export const FLOW_RECORDS: TableSet = {
  entities: [
    SyncLedgerEntry,
    ExceptionCase,
    ExceptionNote,
    AuditLogEntry,
    ExceptionRetryBatch,
    ExceptionRetryItem,
    DeadLetterReplay,
  ],
  migrations: [
    CreateSyncLedger1795348800003,
    CreateExceptions1795348800004,
    CreateAuditLog1795348800005,
    WidenExceptionOwnerGroups1795700000000,
    CreateExceptionNotes1795700000001,
    CreateExceptionRetryBatches1796000000000,
  ],
};

/** Where each consumer of a change feed has got to. */
export const FEED_CHECKPOINTS: TableSet = {
  entities: [SyncCheckpoint],
  migrations: [CreateSyncCheckpoints1795420000000],
};

/** Onboardings with their steps, and the provisional projects of late-stage deals. */
export const ONBOARDINGS: TableSet = {
  entities: [Onboarding, OnboardingStep, ProvisionalProject],
  migrations: [
    CreateOnboardings1795610000000,
    AddOnboardingPartner1796100000410,
    CreateProvisionalProjects1796200000510,
  ],
};

export const TIME_POSTINGS: TableSet = {
  entities: [TimePosting],
  migrations: [CreateTimePostings1795620000000],
};

/**
 * Billing runs, the billing events they make per project, the sources each bills (posting
 * versions and schedule lines), the activated projects' deals and their fee, retainer and
 * milestone schedules, and the payments applied to their invoices.
 */
export const BILLING: TableSet = {
  entities: [
    BillingRun,
    BillingEvent,
    BillingEventItem,
    BillingProject,
    BillingScheduleLine,
    BillingPayment,
  ],
  migrations: [
    CreateBilling1795800000000,
    AddBillingModels1795900000000,
    AddInvoiceStanding1795900000300,
    AddBillingRunRecoveries1795900000600,
    AddBillingProjectPartner1796100000420,
  ],
};

/** Reconciliations of a legal entity's period: each side's figures and the entries that differ. */
export const RECONCILIATIONS: TableSet = {
  entities: [Reconciliation, ReconciliationFigure, ReconciliationDifference],
  migrations: [CreateReconciliations1795900000200],
};

/**
 * The projects process-forecast follows, each recomputation of their forecast that changed it
 * (a version), and the newest plan's assignments (utilisation and the bench read them).
 */
export const FORECASTS: TableSet = {
  entities: [ForecastProject, ForecastVersion, ForecastAssignment],
  migrations: [CreateForecasts1796200000000],
};
