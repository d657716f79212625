import { Module } from '@nestjs/common';
import { CrmAdminController } from './crm-admin.controller';
import { CrmAdminService } from './crm-admin.service';
import { CrmApiUsageInterceptor } from './crm-api-usage.interceptor';
import { CrmApiService } from './crm-api.service';
import { CrmLimitInfoHook } from './crm-limit-info.hook';
import { CrmController } from './crm.controller';

/** The CRM dialect (Salesforce REST style) and its admin endpoint. */
@Module({
  controllers: [CrmController, CrmAdminController],
  providers: [CrmApiService, CrmAdminService, CrmApiUsageInterceptor, CrmLimitInfoHook],
})
export class CrmModule {}
