import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Agent, request } from 'undici';
import { PSA_SIGNATURE_HEADER, signPsaWebhook } from '@p2c/security';
import type { PsaEvent } from './psa-events';
import {
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookTarget,
  WebhookTargetSummary,
} from './webhook-delivery';

/** Up to 3 retries after the first attempt, 200 ms then 400 ms then 800 ms apart. */
export const WEBHOOK_RETRIES = 3;
const RETRY_BASE_MS = 200;
const ATTEMPT_TIMEOUT_MS = 5_000;
const CONCURRENCY = 16;
/** The delivery log keeps this many most recent deliveries. */
const LOG_LIMIT = 200_000;

interface DeliveryJob {
  delivery: WebhookDelivery;
  target: WebhookTarget;
  event: PsaEvent;
}

export interface DeliveryFilter {
  status?: WebhookDeliveryStatus;
  targetId?: string;
  eventId?: string;
}

/**
 * Pushes PSA events to registered targets, signed (`X-PSA-Signature: t=<unix>,v1=<hmac>`), one
 * event per POST, with a bounded number in flight. Publishing only queues, so the change that
 * caused an event never waits for its delivery. Targets and the delivery log belong to the
 * sandbox, not to a world: they survive a reset.
 */
@Injectable()
export class PsaWebhooksService implements OnApplicationShutdown {
  private readonly logger = new Logger(PsaWebhooksService.name);
  private readonly secret: string;
  private readonly agent = new Agent({ connections: CONCURRENCY });
  private readonly targets = new Map<string, WebhookTarget>();
  private readonly counts = new Map<string, Record<WebhookDeliveryStatus, number>>();
  private readonly log = new Map<string, WebhookDelivery>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private queue: DeliveryJob[] = [];
  private head = 0;
  private inFlight = 0;
  private lastTargetId = 0;
  private lastDeliveryId = 0;
  private closed = false;

  constructor(config: ConfigService) {
    this.secret = config.getOrThrow<string>('SANDBOX_PSA_WEBHOOK_SECRET');
  }

  register(url: string): WebhookTargetSummary {
    this.lastTargetId += 1;
    const target = { id: String(this.lastTargetId), url, createdAt: new Date().toISOString() };
    const counts = { pending: 0, delivered: 0, failed: 0 };
    this.targets.set(target.id, target);
    this.counts.set(target.id, counts);
    return { ...target, ...counts };
  }

  /** Stops deliveries to a target; what is queued for it is dropped. */
  unregister(id: string): boolean {
    return this.targets.delete(id);
  }

  listTargets(): WebhookTargetSummary[] {
    return [...this.targets.values()].map((target) => ({
      ...target,
      ...this.counts.get(target.id)!,
    }));
  }

  /** Most recent first, up to `limit`; `count` is how many match in all. */
  listDeliveries(filter: DeliveryFilter, limit: number) {
    const matching = [...this.log.values()].filter(
      (delivery) =>
        (!filter.status || delivery.status === filter.status) &&
        (!filter.targetId || delivery.targetId === filter.targetId) &&
        (!filter.eventId || delivery.eventId === filter.eventId),
    );
    return { count: matching.length, deliveries: matching.reverse().slice(0, limit) };
  }

  publish(event: PsaEvent): void {
    for (const target of this.targets.values()) {
      this.lastDeliveryId += 1;
      const delivery: WebhookDelivery = {
        id: String(this.lastDeliveryId),
        targetId: target.id,
        eventId: event.id,
        eventType: event.event_type,
        status: 'pending',
        attempts: 0,
        lastStatus: null,
        lastError: null,
        updatedAt: new Date().toISOString(),
      };
      this.counts.get(target.id)!.pending += 1;
      this.remember(delivery);
      this.queue.push({ delivery, target, event });
    }
    this.pump();
  }

  onApplicationShutdown(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.queue = [];
    this.head = 0;
    return this.agent.destroy();
  }

  private remember(delivery: WebhookDelivery): void {
    this.log.set(delivery.id, delivery);
    if (this.log.size > LOG_LIMIT) this.log.delete(this.log.keys().next().value!);
  }

  private pump(): void {
    while (!this.closed && this.inFlight < CONCURRENCY && this.head < this.queue.length) {
      const job = this.queue[this.head];
      this.head += 1;
      if (this.head === this.queue.length) {
        this.queue = [];
        this.head = 0;
      }
      if (!this.targets.has(job.target.id)) {
        this.settle(job, 'failed');
        continue;
      }
      this.inFlight += 1;
      void this.attempt(job).finally(() => {
        this.inFlight -= 1;
        this.pump();
      });
    }
  }

  private async attempt(job: DeliveryJob): Promise<void> {
    const { delivery } = job;
    delivery.attempts += 1;
    const body = JSON.stringify(job.event);
    try {
      const response = await request(job.target.url, {
        method: 'POST',
        dispatcher: this.agent,
        headersTimeout: ATTEMPT_TIMEOUT_MS,
        bodyTimeout: ATTEMPT_TIMEOUT_MS,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'p2c-vendor-sandbox-psa-webhooks',
          'x-psa-event-id': job.event.id,
          'x-psa-event-type': job.event.event_type,
          [PSA_SIGNATURE_HEADER]: signPsaWebhook(this.secret, body, Math.floor(Date.now() / 1000)),
        },
        body,
      });
      await response.body.dump();
      delivery.lastStatus = response.statusCode;
      delivery.lastError = null;
      if (response.statusCode >= 200 && response.statusCode < 300)
        return this.settle(job, 'delivered');
    } catch (error) {
      if (this.closed) return;
      delivery.lastStatus = null;
      delivery.lastError = error instanceof Error ? error.message : String(error);
    }
    this.retryOrFail(job);
  }

  private retryOrFail(job: DeliveryJob): void {
    const { delivery } = job;
    delivery.updatedAt = new Date().toISOString();
    if (delivery.attempts > WEBHOOK_RETRIES) {
      this.logger.warn(
        { target: job.target.url, event: delivery.eventId, status: delivery.lastStatus },
        'PSA webhook delivery failed after its retries',
      );
      return this.settle(job, 'failed');
    }
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        this.queue.push(job);
        this.pump();
      },
      RETRY_BASE_MS * 2 ** (delivery.attempts - 1),
    );
    this.timers.add(timer);
  }

  private settle(job: DeliveryJob, status: WebhookDeliveryStatus): void {
    const counts = this.counts.get(job.target.id)!;
    counts.pending -= 1;
    counts[status] += 1;
    job.delivery.status = status;
    job.delivery.updatedAt = new Date().toISOString();
  }
}
