import { CreateIdempotencyKeys1795348774000 } from './1795348774000-create-idempotency-keys';
import { CreateCrossReferences1795348800000 } from './1795348800000-create-cross-references';
import { CreateInboxMessages1795348800001 } from './1795348800001-create-inbox-messages';
import { CreateOutboxMessages1795348800002 } from './1795348800002-create-outbox-messages';
import { CreateSyncLedger1795348800003 } from './1795348800003-create-sync-ledger';
import { CreateExceptions1795348800004 } from './1795348800004-create-exceptions';
import { CreateAuditLog1795348800005 } from './1795348800005-create-audit-log';
import { CreateSyncCheckpoints1795420000000 } from './1795420000000-create-sync-checkpoints';
import { CreateOnboardings1795610000000 } from './1795610000000-create-onboardings';
import { CreateTimePostings1795620000000 } from './1795620000000-create-time-postings';

export const MIGRATIONS = [
  CreateIdempotencyKeys1795348774000,
  CreateCrossReferences1795348800000,
  CreateInboxMessages1795348800001,
  CreateOutboxMessages1795348800002,
  CreateSyncLedger1795348800003,
  CreateExceptions1795348800004,
  CreateAuditLog1795348800005,
  CreateSyncCheckpoints1795420000000,
  CreateOnboardings1795610000000,
  CreateTimePostings1795620000000,
];
