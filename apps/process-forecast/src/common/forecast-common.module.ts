import { Module } from '@nestjs/common';
import { LegalEntities } from './legal-entities';
import { MarginThreshold } from './margin-threshold';
import { WorldDate } from './world-date';

/** What the forecast's features share: the world's date, the margin threshold, the ERP's legal entities. */
@Module({
  providers: [WorldDate, MarginThreshold, LegalEntities],
  exports: [WorldDate, MarginThreshold, LegalEntities],
})
export class ForecastCommonModule {}
