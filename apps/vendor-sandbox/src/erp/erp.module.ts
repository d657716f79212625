import { Module } from '@nestjs/common';
import { ErpAdminController } from './erp-admin.controller';
import { ErpAdminService } from './erp-admin.service';
import { ErpApiService } from './erp-api.service';
import { ErpController } from './erp.controller';

/** The ERP dialect (NetSuite REST style) and its admin endpoints. */
@Module({
  controllers: [ErpController, ErpAdminController],
  providers: [ErpApiService, ErpAdminService],
})
export class ErpModule {}
