import { Module } from '@nestjs/common';
import { HcmApiService } from './hcm-api.service';
import { HcmController } from './hcm.controller';

/** The HCM dialect (Workday REST style). */
@Module({ controllers: [HcmController], providers: [HcmApiService] })
export class HcmModule {}
