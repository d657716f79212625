import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { vendorOfPath } from '../pipeline/vendor-prefix';
import { WorldService } from '../world/world.service';

/** `Sforce-Limit-Info: api-usage=used/max` on every CRM response, refusals included. */
@Injectable()
export class CrmLimitInfoHook implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly worlds: WorldService,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onSend', async (request, reply, payload) => {
      if (vendorOfPath(request.url) === 'crm')
        void reply.header('Sforce-Limit-Info', `api-usage=${this.worlds.current.crm.apiUsage()}`);
      return payload;
    });
  }
}
