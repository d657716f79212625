import { Global, Module } from '@nestjs/common';
import { WorldService } from './world.service';

/** The current world, for every dialect and the admin API. */
@Global()
@Module({ providers: [WorldService], exports: [WorldService] })
export class WorldModule {}
