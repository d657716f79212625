import {
  Body,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { VendorController } from '../pipeline/vendor-controller.decorator';
import { StateRecord } from '../world/vendor-state';
import { ErpApiService, ErpListAnswer, ErpPage, RECORD_PATH } from './erp-api.service';
import { ErpErrorCode, erpErrors, erpRejection } from './erp-errors';

/** The ERP's REST record API and SuiteQL endpoint, NetSuite style, under /erp/services/rest. */
@VendorController(erpErrors, 'erp/services/rest')
export class ErpController {
  constructor(private readonly erp: ErpApiService) {}

  @Get('record/v1/:type')
  list(
    @Param('type') type: string,
    @Query('limit') limit: unknown,
    @Query('offset') offset: unknown,
    @Req() request: FastifyRequest,
  ): ErpPage<StateRecord> {
    return this.erp.list(type, limit, offset, originOf(request));
  }

  @Post('record/v1/:type')
  @HttpCode(204)
  create(
    @Param('type') type: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): void {
    const id = this.erp.create(type, body);
    void reply.header('Location', `${originOf(request)}${RECORD_PATH}/${type}/${id}`);
  }

  /** Many records of one type upserted by external id in one call, each with its own result. */
  @Post('record/v1/:type/upsertList')
  @HttpCode(200)
  upsertList(@Param('type') type: string, @Body() body: unknown): ErpListAnswer {
    return this.erp.upsertList(type, body);
  }

  @Get('record/v1/:type/:id')
  get(
    @Param('type') type: string,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
  ): StateRecord {
    return this.erp.get(type, id, originOf(request));
  }

  @Patch('record/v1/:type/:id')
  @HttpCode(204)
  update(@Param('type') type: string, @Param('id') id: string, @Body() body: unknown): void {
    this.erp.update(type, id, body);
  }

  @Put('record/v1/:type/:id')
  @HttpCode(204)
  upsert(
    @Param('type') type: string,
    @Param('id') key: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): void {
    const id = this.erp.upsert(type, key, body);
    void reply.header('Location', `${originOf(request)}${RECORD_PATH}/${type}/${id}`);
  }

  @Post('query/v1/suiteql')
  @HttpCode(200)
  suiteQl(
    @Headers('prefer') prefer: string | undefined,
    @Body() body: unknown,
    @Query('limit') limit: unknown,
    @Query('offset') offset: unknown,
    @Req() request: FastifyRequest,
  ): ErpPage<StateRecord> {
    if (prefer?.toLowerCase() !== 'transient')
      throw erpRejection(
        ErpErrorCode.USER_ERROR,
        'SuiteQL requests need the header Prefer: transient.',
      );
    return this.erp.suiteQl(body, limit, offset, originOf(request));
  }
}

function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.headers.host ?? 'localhost'}`;
}
