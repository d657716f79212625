import { Module } from '@nestjs/common';
import { PipelineModule } from '../pipeline/pipeline.module';
import { FaultsController } from './faults.controller';
import { FaultsService } from './faults.service';
import { ResetController } from './reset.controller';
import { StateController } from './state.controller';
import { StateService } from './state.service';
import { UsageController } from './usage.controller';

/** The vendor-neutral admin API: reset, faults, usage and the generic state API. */
@Module({
  imports: [PipelineModule],
  controllers: [ResetController, FaultsController, UsageController, StateController],
  providers: [FaultsService, StateService],
})
export class AdminModule {}
