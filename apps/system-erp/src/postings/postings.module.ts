import { Module } from '@nestjs/common';
import { ErpModule } from '../erp/erp.module';
import { GetTimePostingUseCase } from './get-time-posting.use-case';
import { ListProjectPostingsUseCase } from './list-project-postings.use-case';
import { ProjectTimePostingsController } from './project-time-postings.controller';
import { ReverseTimePostingUseCase } from './reverse-time-posting.use-case';
import { SummarizeProjectPostingsUseCase } from './summarize-project-postings.use-case';
import { TimePostingMapper } from './time-posting.mapper';
import { TimePostingsController } from './time-postings.controller';
import { UpsertTimePostingUseCase } from './upsert-time-posting.use-case';

@Module({
  imports: [ErpModule],
  controllers: [TimePostingsController, ProjectTimePostingsController],
  providers: [
    GetTimePostingUseCase,
    ListProjectPostingsUseCase,
    ReverseTimePostingUseCase,
    SummarizeProjectPostingsUseCase,
    TimePostingMapper,
    UpsertTimePostingUseCase,
  ],
})
export class PostingsModule {}
