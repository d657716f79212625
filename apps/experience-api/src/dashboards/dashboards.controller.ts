import { Controller, Get, Header, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Role, Roles } from '@p2c/security';
import { DashboardCache } from './dashboard-cache';
import { dashboardJson } from './dashboard-json';
import { DeliveryDashboardQueryDto } from './dto/delivery-dashboard.query.dto';
import { DeliveryDashboardDto } from './dto/delivery-dashboard.dto';
import { FinanceDashboardDto } from './dto/finance-dashboard.dto';
import { ReadDeliveryDashboardUseCase } from './read-delivery-dashboard.use-case';
import { ReadFinanceDashboardUseCase } from './read-finance-dashboard.use-case';
import { Throttled } from '../throttling/throttled.decorator';

/** Each reading's JSON is sent as it is (see dashboardJson), declared as what it is. */
const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

@ApiTags('dashboards')
@ApiBearerAuth()
@Controller('dashboards')
@ApiUnauthorizedResponse({ description: 'problem+json UNAUTHENTICATED: no valid token' })
@ApiServiceUnavailableResponse({
  description:
    'problem+json PROCESS_UNAVAILABLE: a process API the dashboard is composed from did not answer; `unavailable` names it',
})
@Throttled()
export class DashboardsController {
  constructor(
    private readonly cache: DashboardCache,
    private readonly finance: ReadFinanceDashboardUseCase,
    private readonly delivery: ReadDeliveryDashboardUseCase,
  ) {}

  @Get('finance')
  @Roles(Role.Admin, Role.Finance)
  @ApiOperation({
    operationId: 'getFinanceDashboard',
    summary:
      'Unposted time, posting success, unbilled, blocked and pending billing events, invoice lags, overdue invoices, DSO, exceptions',
    description:
      'Read side by side from process-time, process-billing and process-onboarding; one reading answers every caller for DASHBOARD_CACHE_MS (`asOf` says when it was read).',
  })
  @ApiOkResponse({ type: FinanceDashboardDto })
  @ApiForbiddenResponse({ description: 'problem+json FORBIDDEN: needs admin or finance' })
  @Header('content-type', JSON_CONTENT_TYPE)
  async getFinance(): Promise<string> {
    return dashboardJson(await this.cache.get('finance', () => this.finance.execute()));
  }

  @Get('delivery')
  @Roles(Role.Admin, Role.Finance, Role.Delivery)
  @ApiOperation({
    operationId: 'getDeliveryDashboard',
    summary:
      'Project set-up status, hours and cost vs budget, margin and forecast per project, utilisation per worker for a month, the forecast week’s utilisation and bench',
    description:
      'Read side by side from process-onboarding, process-time and process-forecast (all or nothing); one reading per period answers every caller for DASHBOARD_CACHE_MS.',
  })
  @ApiOkResponse({ type: DeliveryDashboardDto })
  @ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: period is not YYYY-MM' })
  @ApiForbiddenResponse({ description: 'problem+json FORBIDDEN: needs admin, finance or delivery' })
  @Header('content-type', JSON_CONTENT_TYPE)
  async getDelivery(@Query() query: DeliveryDashboardQueryDto): Promise<string> {
    const period = query.period ?? new Date().toISOString().slice(0, 7);
    return dashboardJson(
      await this.cache.get(`delivery:${period}`, () => this.delivery.execute(period)),
    );
  }
}
