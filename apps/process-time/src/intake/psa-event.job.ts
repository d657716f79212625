import { Injectable } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { ApiClient, InjectApiClient, absentOn404, unwrap } from '@p2c/clients';
import { OutboxRelay, PsaEventJobData } from '@p2c/messaging';
import { PsaEventIntake } from './psa-event-intake';

/**
 * A `psa-events` job (a PSA webhook system-psa took in): reads the event from system-psa's inbox
 * and hands it to the intake, whose posting job is published right after the commit. A repeat
 * (the same event again, or already brought by the feed) changes nothing. An event the intake
 * cannot take, or one system-psa no longer holds, fails the job for good (a dead letter, with
 * why); the sweep of approved time still catches the entry.
 */
@Injectable()
export class PsaEventJob {
  constructor(
    @InjectApiClient('system-psa') private readonly psa: ApiClient<'system-psa'>,
    private readonly dataSource: DataSource,
    private readonly events: PsaEventIntake,
    private readonly relay: OutboxRelay,
  ) {}

  async process(job: Job<PsaEventJobData>): Promise<number> {
    const { eventId } = job.data;
    const event = await absentOn404(
      unwrap(this.psa.GET('/inbox/{eventId}', { params: { path: { eventId } } })),
    );
    if (!event) throw new UnrecoverableError(`system-psa holds no PSA event ${eventId} any more`);
    const refusals: string[] = [];
    const changed = await this.dataSource.transaction((manager) =>
      this.events.take(manager, [event], (_, reason) => refusals.push(reason)),
    );
    if (changed > 0) this.relay.publishNow();
    if (refusals.length > 0)
      throw new UnrecoverableError(`PSA event ${eventId} (${event.type}): ${refusals.join('; ')}`);
    return changed;
  }
}
