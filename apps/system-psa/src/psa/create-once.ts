import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { VendorHttpError, VendorHttpErrorKind } from '@p2c/vendor-http';
import { PsaSettings } from './psa-settings';

/**
 * Creates a PSA record at most once although the PSA's POSTs are not idempotent: look first;
 * create only when nothing is found; and when a create fails in a way that may have taken effect
 * (timeout, dropped connection, 5xx), wait a moment and look again before creating again. The
 * look must find what the create makes (an external reference field, a natural key).
 */
@Injectable()
export class CreateOnce {
  constructor(private readonly settings: PsaSettings) {}

  /** `knownAbsent`: the caller has just looked (in bulk), so the first look is skipped. */
  async run<T>(
    find: () => Promise<T | undefined>,
    create: () => Promise<T>,
    knownAbsent = false,
  ): Promise<{ record: T; created: boolean }> {
    for (let attempt = 1; ; attempt += 1) {
      const found = attempt === 1 && knownAbsent ? undefined : await find();
      if (found !== undefined) return { record: found, created: false };
      try {
        return { record: await create(), created: true };
      } catch (error) {
        if (!isUnknownOutcome(error) || attempt >= this.settings.createAttempts) throw error;
        await sleep(this.settings.createRelookDelayMs);
      }
    }
  }
}

function isUnknownOutcome(error: unknown): boolean {
  return error instanceof VendorHttpError && error.kind === VendorHttpErrorKind.UNAVAILABLE;
}
