/**
 * The vendor pipeline: every request under /crm, /psa, /erp or /hcm passes here before any
 * controller, in this order:
 *   1. bearer auth against the vendor's configured token   → errors.unauthorized()
 *   2. requests per second (token bucket)                  → errors.tooManyRequests('rate')
 *   3. concurrency (requests in flight)                    → errors.tooManyRequests('concurrency')
 *   4. added latency
 *   5. one seeded draw: timeout (held SANDBOX_TIMEOUT_HOLD_MS, then 504) or error (500/502/503)
 *                                                          → errors.serverError(status)
 * Each dialect's answers come from the `VendorErrors` object its `src/<vendor>/<vendor>-errors.ts`
 * exports (see vendor-errors.ts): `unauthorized()`, `tooManyRequests(cause)`,
 * `serverError(status)`, each returning `{status, body, headers?}`. Limits and faults are the
 * current world's `faults[vendor]` (scenario `vendors` block, then `PUT /__sandbox/faults`).
 */
import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import { crmErrors } from '../crm/crm-errors';
import { erpErrors } from '../erp/erp-errors';
import { hcmErrors } from '../hcm/hcm-errors';
import { psaErrors } from '../psa/psa-errors';
import { SandboxConfig } from '../sandbox-config';
import { VENDORS, Vendor } from '../scenario/scenario.types';
import { WorldService } from '../world/world.service';
import { VendorErrorReply, VendorErrors } from './vendor-errors';
import { VendorGate, VendorUsage } from './vendor-gate';
import { vendorOfPath } from './vendor-prefix';

export const VENDOR_ERRORS: Record<Vendor, VendorErrors> = {
  crm: crmErrors,
  psa: psaErrors,
  erp: erpErrors,
  hcm: hcmErrors,
};

const SERVER_ERRORS = [500, 502, 503] as const;

const TOKEN_SETTING: Record<Vendor, keyof SandboxConfig> = {
  crm: 'SANDBOX_CRM_TOKEN',
  psa: 'SANDBOX_PSA_TOKEN',
  erp: 'SANDBOX_ERP_TOKEN',
  hcm: 'SANDBOX_HCM_TOKEN',
};

interface HeldRequest {
  release: () => void;
}

@Injectable()
export class VendorPipeline implements OnModuleInit, OnModuleDestroy {
  private readonly gates = Object.fromEntries(
    VENDORS.map((vendor) => [vendor, new VendorGate()]),
  ) as Record<Vendor, VendorGate>;
  private readonly tokens: Record<Vendor, string>;
  private readonly holdMs: number;
  private readonly held = new Set<HeldRequest>();
  private closing = false;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly worlds: WorldService,
    config: ConfigService<SandboxConfig, true>,
  ) {
    this.tokens = Object.fromEntries(
      VENDORS.map((vendor) => [vendor, config.get(TOKEN_SETTING[vendor], { infer: true })]),
    ) as Record<Vendor, string>;
    this.holdMs = config.get('SANDBOX_TIMEOUT_HOLD_MS', { infer: true });
  }

  /** What each vendor was asked to carry (admin API: GET /__sandbox/usage). */
  usage(vendor: Vendor): VendorUsage {
    return this.gates[vendor].usage;
  }

  clearUsage(): void {
    for (const gate of Object.values(this.gates)) gate.clearUsage();
  }

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onRequest', (request, reply) => this.admit(request, reply));
  }

  /** Held requests give up at once, so a closing server does not wait out their hold. */
  onModuleDestroy(): void {
    this.closing = true;
    for (const request of this.held) request.release();
  }

  private async admit(
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<FastifyReply | undefined> {
    const vendor = vendorOfPath(request.url);
    if (!vendor) return undefined;
    const errors = VENDOR_ERRORS[vendor];
    if (request.headers.authorization !== `Bearer ${this.tokens[vendor]}`)
      return this.refuse(reply, errors.unauthorized());
    const world = this.worlds.current;
    const behaviour = world.faults[vendor];
    const gate = this.gates[vendor];
    if (!gate.takeToken(behaviour.rateLimit?.perSecond))
      return this.refuse(reply, errors.tooManyRequests('rate'));
    if (!gate.enter(behaviour.rateLimit?.concurrency))
      return this.refuse(reply, errors.tooManyRequests('concurrency'));
    reply.raw.once('close', () => gate.leave());

    if (behaviour.latencyMs) await sleep(behaviour.latencyMs);
    const draw = world.random.next();
    const timeoutRate = behaviour.timeoutRate ?? 0;
    if (draw < timeoutRate) {
      await this.hold(reply);
      return this.refuse(reply, errors.serverError(504));
    }
    if (draw < timeoutRate + (behaviour.errorRate ?? 0))
      return this.refuse(reply, errors.serverError(world.random.pick(SERVER_ERRORS)));
    return undefined;
  }

  /** Waits out the hold, or less if the client gives up or the server closes. */
  private hold(reply: FastifyReply): Promise<void> {
    if (this.closing) return Promise.resolve();
    return new Promise((resolve) => {
      const request: HeldRequest = {
        release: () => {
          clearTimeout(timer);
          this.held.delete(request);
          resolve();
        },
      };
      const timer = setTimeout(request.release, this.holdMs);
      this.held.add(request);
      reply.raw.once('close', request.release);
    });
  }

  private refuse(reply: FastifyReply, answer: VendorErrorReply): FastifyReply {
    return reply
      .code(answer.status)
      .headers(answer.headers ?? {})
      .type('application/json; charset=utf-8')
      .send(answer.body);
  }
}
