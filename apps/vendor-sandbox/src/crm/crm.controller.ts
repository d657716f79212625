import { All, Body, Param, Query, Req, Res, UseInterceptors } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { VendorController } from '../pipeline/vendor-controller.decorator';
import { VendorHttpException } from '../pipeline/vendor-http.exception';
import { CrmApiService } from './crm-api.service';
import { crmError, crmErrors } from './crm-errors';
import { CrmApiUsageInterceptor } from './crm-api-usage.interceptor';

const VERSION = /^v\d+\.\d$/;

/** The CRM's REST API (Salesforce style) under /crm/services/data/vNN.N/. */
@VendorController(crmErrors, 'crm/services/data')
@UseInterceptors(CrmApiUsageInterceptor)
export class CrmController {
  constructor(private readonly crm: CrmApiService) {}

  @All(':version/*')
  handle(
    @Param('version') version: string,
    @Param('*') path: string,
    @Query() query: Record<string, string | undefined>,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): unknown {
    if (!VERSION.test(version))
      throw new VendorHttpException(
        crmError(404, 'NOT_FOUND', 'The requested resource does not exist'),
      );
    const result = this.crm.handle({
      method: request.method,
      path,
      query,
      headers: request.headers as Record<string, string | undefined>,
      body,
    });
    void reply.status(result.status).headers(result.headers ?? {});
    return result.body;
  }
}
