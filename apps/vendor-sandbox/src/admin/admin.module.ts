import { Module } from '@nestjs/common';
import { FaultsController } from './faults.controller';
import { FaultsService } from './faults.service';
import { ResetController } from './reset.controller';
import { StateController } from './state.controller';
import { StateService } from './state.service';

/** The vendor-neutral admin API: reset, faults and the generic state API. */
@Module({
  controllers: [ResetController, FaultsController, StateController],
  providers: [FaultsService, StateService],
})
export class AdminModule {}
