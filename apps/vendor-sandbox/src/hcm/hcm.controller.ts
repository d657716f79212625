import { Get, Param, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { VendorController } from '../pipeline/vendor-controller.decorator';
import { StateRecord } from '../world/vendor-state';
import { HcmApiService, HcmPage } from './hcm-api.service';
import { hcmErrors } from './hcm-errors';

/**
 * The HCM (Workday style) under /hcm/ccx: staffing v6 workers and the Worker_Cost_Rates custom
 * report. Any tenant name is accepted.
 */
@VendorController(hcmErrors, 'hcm/ccx')
export class HcmController {
  constructor(private readonly hcm: HcmApiService) {}

  @Get('api/staffing/v6/:tenant/workers')
  workers(
    @Param('tenant') tenant: string,
    @Query('limit') limit: unknown,
    @Query('offset') offset: unknown,
    @Req() request: FastifyRequest,
  ): HcmPage {
    return this.hcm.workers(limit, offset, staffingBase(request, tenant));
  }

  @Get('api/staffing/v6/:tenant/workers/:id')
  worker(
    @Param('tenant') tenant: string,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
  ): StateRecord {
    return this.hcm.worker(id, staffingBase(request, tenant));
  }

  @Get('service/customreport2/:tenant/Worker_Cost_Rates')
  costRates(@Query('format') format: unknown): { Report_Entry: StateRecord[] } {
    return this.hcm.costRates(format);
  }
}

function staffingBase(request: FastifyRequest, tenant: string): string {
  return `${request.protocol}://${request.headers.host ?? 'localhost'}/hcm/ccx/api/staffing/v6/${encodeURIComponent(tenant)}`;
}
