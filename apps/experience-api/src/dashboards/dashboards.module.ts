import { Module } from '@nestjs/common';
import { DashboardCache } from './dashboard-cache';
import { DashboardsController } from './dashboards.controller';
import { ReadDeliveryDashboardUseCase } from './read-delivery-dashboard.use-case';
import { ReadFinanceDashboardUseCase } from './read-finance-dashboard.use-case';

/** `GET /dashboards/finance` and `/dashboards/delivery`, composed from the process APIs' KPIs. */
@Module({
  controllers: [DashboardsController],
  providers: [DashboardCache, ReadFinanceDashboardUseCase, ReadDeliveryDashboardUseCase],
})
export class DashboardsModule {}
