import { Module } from '@nestjs/common';
import { LineageController } from './lineage.controller';
import { ReadBillingLineageUseCase } from './read-billing-lineage.use-case';

/** Billing's part of project-to-cash lineage. */
@Module({ controllers: [LineageController], providers: [ReadBillingLineageUseCase] })
export class LineageModule {}
