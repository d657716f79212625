import { Module } from '@nestjs/common';
import { ErpModule } from '../erp/erp.module';
import { ExpensePostingMapper } from './expense-posting.mapper';
import { ExpensePostingsController } from './expense-postings.controller';
import { GetExpensePostingUseCase } from './get-expense-posting.use-case';
import { GetTimePostingUseCase } from './get-time-posting.use-case';
import { ListProjectPostingsUseCase } from './list-project-postings.use-case';
import {
  LookupExpensePostingsUseCase,
  LookupTimePostingsUseCase,
} from './lookup-postings.use-case';
import { PostingBatches } from './posting-batches';
import { PostingPartyRefs } from './posting-parties';
import {
  PostExpensePostingBatchUseCase,
  PostTimePostingBatchUseCase,
} from './post-posting-batch.use-case';
import { PostingReversal } from './posting-reversal';
import { ProjectTimePostingsController } from './project-time-postings.controller';
import { ReverseExpensePostingUseCase } from './reverse-expense-posting.use-case';
import { ReverseTimePostingUseCase } from './reverse-time-posting.use-case';
import { SummarizeProjectPostingsUseCase } from './summarize-project-postings.use-case';
import { TimePostingMapper } from './time-posting.mapper';
import { TimePostingsController } from './time-postings.controller';
import { UpsertExpensePostingUseCase } from './upsert-expense-posting.use-case';
import { UpsertTimePostingUseCase } from './upsert-time-posting.use-case';

@Module({
  imports: [ErpModule],
  controllers: [TimePostingsController, ProjectTimePostingsController, ExpensePostingsController],
  providers: [
    ExpensePostingMapper,
    GetExpensePostingUseCase,
    GetTimePostingUseCase,
    ListProjectPostingsUseCase,
    LookupExpensePostingsUseCase,
    LookupTimePostingsUseCase,
    PostExpensePostingBatchUseCase,
    PostTimePostingBatchUseCase,
    PostingBatches,
    PostingPartyRefs,
    PostingReversal,
    ReverseExpensePostingUseCase,
    ReverseTimePostingUseCase,
    SummarizeProjectPostingsUseCase,
    TimePostingMapper,
    UpsertExpensePostingUseCase,
    UpsertTimePostingUseCase,
  ],
})
export class PostingsModule {}
