import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PsaEventDto } from '@p2c/canonical';
import { InboxMessage } from '@p2c/persistence';
import { SystemPsaErrorCode, SystemPsaException } from '../psa/system-psa.exception';

/** A PSA event as the webhook brought it in, for the consumer of its job on the queue. */
@Injectable()
export class ReadInboxEventUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(eventId: string): Promise<PsaEventDto> {
    const found = await this.dataSource
      .getRepository(InboxMessage)
      .findOneBy({ sourceSystem: 'psa', eventId });
    if (!found)
      throw new SystemPsaException(
        SystemPsaErrorCode.NOT_FOUND,
        `The inbox holds no PSA event ${eventId}: it never came by webhook, or it is older than the inbox keeps.`,
      );
    return found.payload;
  }
}
