import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { PsaModule } from '../psa/psa.module';
import { InvoicesController } from './invoices.controller';
import { InvoicesUseCase } from './invoices.use-case';

/** Invoice status write-back. */
@Module({
  imports: [PsaModule, ProjectsModule],
  controllers: [InvoicesController],
  providers: [InvoicesUseCase],
})
export class InvoicesModule {}
