import { Gauge, register } from 'prom-client';
import { ApiUsage } from './api-usage';

export interface CrmQuotaSettings {
  /** share of the allowance used from which calls are spaced out */
  slowdownAt: number;
  /** share used at which calls stop */
  stopAt: number;
  /** spacing just below `stopAt`; grows linearly from 0 at `slowdownAt` */
  maxSpacingMs: number;
  /** while stopped, how often one call goes through to see whether the allowance was renewed */
  probeIntervalMs: number;
}

export interface QuotaClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const systemClock: QuotaClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Handed out by `admit`, given back with the call's outcome. */
export interface QuotaTicket {
  /** this call finds out whether a stopped quota has been renewed */
  probe: boolean;
}

/** Calls are stopped: the allowance is (nearly) used up. Retry after `retryAfterMs`. */
export class CrmQuotaExhaustedError extends Error {
  constructor(
    readonly retryAfterMs: number,
    readonly usage?: ApiUsage,
  ) {
    super(`CRM API quota stopped${usage ? ` at ${usage.used}/${usage.max}` : ''}`);
    this.name = 'CrmQuotaExhaustedError';
  }
}

const MIN_RETRY_AFTER_MS = 1000;

function usageGauge(): Gauge {
  const name = 'crm_api_usage_ratio';
  return (
    (register.getSingleMetric(name) as Gauge | undefined) ??
    new Gauge({ name, help: "Share of the CRM's daily API allowance used, as last reported" })
  );
}

/**
 * Keeps the gateway inside the CRM's daily API allowance, from the `api-usage=used/max` every
 * answer reports: from `slowdownAt` calls are spaced out (more the closer usage gets to
 * `stopAt`); at `stopAt` they stop and are refused at once, leaving the rest of the allowance to
 * the CRM's other users. While stopped, one call every `probeIntervalMs` goes through: when its
 * answer shows the allowance renewed (Salesforce's rolling 24 hours, the sandbox's day), calls
 * resume. In memory per instance: each instance learns the usage from its own answers.
 */
export class CrmQuota {
  private usage?: ApiUsage;
  private stoppedUntil?: number;
  private probing = false;
  private nextSlotAt = 0;
  private readonly gauge = usageGauge();

  constructor(
    private readonly settings: CrmQuotaSettings,
    private readonly clock: QuotaClock = systemClock,
  ) {
    if (!(settings.slowdownAt < settings.stopAt))
      throw new RangeError(
        `CRM_QUOTA_SLOWDOWN_AT (${settings.slowdownAt}) must be below CRM_QUOTA_STOP_AT (${settings.stopAt})`,
      );
  }

  /** Waits for the call's turn, or throws CrmQuotaExhaustedError while stopped. */
  async admit(): Promise<QuotaTicket> {
    const now = this.clock.now();
    if (this.stoppedUntil !== undefined) {
      if (now < this.stoppedUntil || this.probing)
        throw new CrmQuotaExhaustedError(
          Math.max(this.stoppedUntil - now, MIN_RETRY_AFTER_MS),
          this.usage,
        );
      this.probing = true;
      return { probe: true };
    }
    const spacing = this.spacingMs();
    if (spacing > 0) {
      const slot = Math.max(now, this.nextSlotAt);
      this.nextSlotAt = slot + spacing;
      if (slot > now) await this.clock.sleep(slot - now);
    }
    return { probe: false };
  }

  /** The call was answered; `usage` is what the answer reported. */
  answered(ticket: QuotaTicket, usage: ApiUsage | undefined): void {
    if (ticket.probe) this.probing = false;
    // while stopped only the probe's reading counts: an older call's answer may arrive late
    if (usage && (ticket.probe || this.stoppedUntil === undefined)) {
      this.usage = usage;
      this.gauge.set(usage.used / usage.max);
    }
    if (this.ratio() < this.settings.stopAt) this.stoppedUntil = undefined;
    else if (ticket.probe || this.stoppedUntil === undefined)
      this.stoppedUntil = this.clock.now() + this.settings.probeIntervalMs;
  }

  /** The CRM refused the call because the allowance is used up (403 REQUEST_LIMIT_EXCEEDED). */
  refused(ticket: QuotaTicket): CrmQuotaExhaustedError {
    if (ticket.probe) this.probing = false;
    if (this.usage) this.usage = { used: this.usage.max, max: this.usage.max };
    this.stoppedUntil = this.clock.now() + this.settings.probeIntervalMs;
    return new CrmQuotaExhaustedError(this.settings.probeIntervalMs, this.usage);
  }

  /** The call failed for another reason (a probe that failed lets the next call probe). */
  failed(ticket: QuotaTicket): void {
    if (ticket.probe) this.probing = false;
  }

  /** The spacing calls get now, in ms (0 below the slowdown share). */
  spacingMs(): number {
    const { slowdownAt, stopAt, maxSpacingMs } = this.settings;
    const ratio = this.ratio();
    if (ratio < slowdownAt) return 0;
    return Math.round(maxSpacingMs * Math.min(1, (ratio - slowdownAt) / (stopAt - slowdownAt)));
  }

  private ratio(): number {
    return this.usage ? this.usage.used / this.usage.max : 0;
  }
}
