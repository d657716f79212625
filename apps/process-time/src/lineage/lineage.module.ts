import { Module } from '@nestjs/common';
import { LineageController } from './lineage.controller';
import { ReadTimeLineageUseCase } from './read-time-lineage.use-case';

/** The entries' part of project-to-cash lineage. */
@Module({ controllers: [LineageController], providers: [ReadTimeLineageUseCase] })
export class LineageModule {}
