import { Module } from '@nestjs/common';
import { GetPartnerInvoiceUseCase } from './get-partner-invoice.use-case';
import { GetPartnerProjectUseCase } from './get-partner-project.use-case';
import { GetPartnerTimeEntryUseCase } from './get-partner-time-entry.use-case';
import { ListPartnerInvoicesUseCase } from './list-partner-invoices.use-case';
import { ListPartnerProjectsUseCase } from './list-partner-projects.use-case';
import { PartnerController } from './partner.controller';
import { PartnerProjects } from './partner-projects';
import { ReadPartnerTimeStatusUseCase } from './read-partner-time-status.use-case';

/** The partner portal: a partner's customers' projects, invoices and time, nobody else's. */
@Module({
  controllers: [PartnerController],
  providers: [
    PartnerProjects,
    ListPartnerProjectsUseCase,
    GetPartnerProjectUseCase,
    ListPartnerInvoicesUseCase,
    GetPartnerInvoiceUseCase,
    ReadPartnerTimeStatusUseCase,
    GetPartnerTimeEntryUseCase,
  ],
})
export class PartnerModule {}
