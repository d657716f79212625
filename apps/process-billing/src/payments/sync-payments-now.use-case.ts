import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordAudit } from '@p2c/flow';
import type { PaymentSyncDto } from './dto/payment-sync.dto';
import { SyncPaymentsUseCase } from './sync-payments.use-case';

/** `POST /payments/sync`: the scheduled pass run at once, audited with what it did. */
@Injectable()
export class SyncPaymentsNowUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sync: SyncPaymentsUseCase,
  ) {}

  async execute(legalEntity: string | undefined, actor: string): Promise<PaymentSyncDto> {
    const outcome = await this.sync.execute(legalEntity);
    await this.dataSource.transaction((manager) =>
      recordAudit(manager, {
        actor,
        action: 'payments.sync',
        subjectType: 'legal_entity',
        subjectId: legalEntity ?? '*',
        after: { ...outcome },
      }),
    );
    return outcome;
  }
}
