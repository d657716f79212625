import { Module } from '@nestjs/common';
import { LineageController } from './lineage.controller';
import { ReadLineageUseCase } from './read-lineage.use-case';

/** Lineage across the process tier: from a PSA entry to its payment, or back from an invoice. */
@Module({ controllers: [LineageController], providers: [ReadLineageUseCase] })
export class LineageModule {}
