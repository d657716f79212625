import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { UnbilledWorkDto } from './dto/unbilled-work.dto';
import { ReadUnbilledWork } from './read-unbilled-work';

/**
 * The unbilled amount as this process last read it. Reading it asks process-time for every
 * billable posting, so a reading answers for BILLING_UNBILLED_CACHE_MS; callers arriving while
 * one is under way wait for that one. A reading that fails (process-time or the ERP not
 * answering) leaves the last figure in place, its `asOf` showing its age, and the next call tries
 * again. Each replica keeps its own figure; they differ by at most that long.
 */
@Injectable()
export class UnbilledWorkCache {
  private readonly logger = new Logger(UnbilledWorkCache.name);
  private readonly freshForMs: number;
  private last?: { readAt: number; figure: UnbilledWorkDto };
  private reading?: Promise<UnbilledWorkDto | undefined>;

  constructor(
    private readonly read: ReadUnbilledWork,
    config: ConfigService,
  ) {
    this.freshForMs = config.getOrThrow<number>('BILLING_UNBILLED_CACHE_MS');
  }

  current(): Promise<UnbilledWorkDto | undefined> {
    if (this.last && Date.now() - this.last.readAt < this.freshForMs)
      return Promise.resolve(this.last.figure);
    this.reading ??= this.readAgain().finally(() => (this.reading = undefined));
    return this.reading;
  }

  private async readAgain(): Promise<UnbilledWorkDto | undefined> {
    const readAt = Date.now();
    try {
      const figure = await this.read.execute();
      this.last = { readAt, figure };
      return figure;
    } catch (error) {
      this.logger.warn(
        `the unbilled amount could not be read, answering the one of ${this.last?.figure.asOf ?? 'never'}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return this.last?.figure;
    }
  }
}
