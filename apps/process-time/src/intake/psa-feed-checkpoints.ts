import { Injectable } from '@nestjs/common';
import { ApiClient, InjectApiClient, unwrap } from '@p2c/clients';

/** The passes of system-psa's that process-time reads on from its checkpoint. */
export type PsaFeed = 'events' | 'time-entries' | 'expenses';

/** process-time's name as a consumer of system-psa's passes. */
export const PSA_CONSUMER = 'process-time';

/**
 * Where process-time got to in each of system-psa's passes, kept by system-psa: a read with
 * `consumer` and no cursor resumes there. Saved after the page's intake has committed, so a
 * crash in between reads the page again, which the intake takes as a repeat.
 */
@Injectable()
export class PsaFeedCheckpoints {
  constructor(@InjectApiClient('system-psa') private readonly psa: ApiClient<'system-psa'>) {}

  async save(feed: PsaFeed, cursor: string): Promise<void> {
    await unwrap(
      this.psa.PUT('/checkpoints/{feed}/{consumer}', {
        params: { path: { feed, consumer: PSA_CONSUMER } },
        body: { cursor },
      }),
    );
  }

  /** The next pass starts from the beginning of what the PSA keeps. */
  async forget(feed: PsaFeed): Promise<void> {
    await unwrap(
      this.psa.DELETE('/checkpoints/{feed}/{consumer}', {
        params: { path: { feed, consumer: PSA_CONSUMER } },
      }),
    );
  }
}
