import { Module } from '@nestjs/common';
import { EntryPricer } from '../pricing/entry-pricer';
import { PricingReferences } from '../pricing/pricing-references';
import { ErpExpensePostings, ErpPostings, ErpTimePostings } from './erp-postings';
import { GetPostingUseCase } from './get-posting.use-case';
import { PostEntriesJob } from './post-entries.job';
import { PostEntriesUseCase } from './post-entries.use-case';
import { PostEntryJob } from './post-entry.job';
import { ListPostingsUseCase } from './list-postings.use-case';
import { PostEntryUseCase } from './post-entry.use-case';
import { PostingLedger } from './posting-ledger';
import { PostingLeases } from './posting-leases';
import { PostingsController } from './postings.controller';

/** Validation, costing and the exactly-once ERP posting of entries, one or many a job; the postings API. */
@Module({
  controllers: [PostingsController],
  providers: [
    PricingReferences,
    EntryPricer,
    ErpTimePostings,
    ErpExpensePostings,
    ErpPostings,
    PostingLedger,
    PostingLeases,
    PostEntryUseCase,
    PostEntryJob,
    PostEntriesUseCase,
    PostEntriesJob,
    ListPostingsUseCase,
    GetPostingUseCase,
  ],
  exports: [PostEntryJob, PostEntriesJob],
})
export class PostingModule {}
