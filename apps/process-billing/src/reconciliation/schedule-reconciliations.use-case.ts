import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { REASON_CATALOGUE, ReasonCode } from '@p2c/canonical';
import { ExceptionCases } from '@p2c/flow';
import { LegalEntities } from '../common/legal-entities';
import {
  ProcessBillingErrorCode,
  ProcessBillingException,
} from '../common/process-billing.exception';
import { openReconciliation } from './open-reconciliation';
import { scheduleSubject } from './reconciliation-flow';

/**
 * A legal entity's scheduled tick: reconciles the month of the tick and the month before (late
 * postings, invoices and payments of a month keep arriving after it ends). A tick opens each at
 * most once, however often its job runs. An entity the ERP does not have is a case for whoever
 * keeps the configuration (BILLING_LEGAL_ENTITIES), resolved once a tick finds it.
 */
@Injectable()
export class ScheduleReconciliationsUseCase {
  private readonly logger = new Logger(ScheduleReconciliationsUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly legalEntities: LegalEntities,
    private readonly exceptions: ExceptionCases,
  ) {}

  async execute(legalEntity: string, tick: Date): Promise<string[]> {
    try {
      await this.legalEntities.active(legalEntity);
    } catch (error) {
      if (
        !(error instanceof ProcessBillingException) ||
        error.code !== ProcessBillingErrorCode.INVALID_DIMENSION
      )
        throw error;
      await this.dataSource.transaction((manager) =>
        this.exceptions.raise(manager, scheduleSubject(legalEntity), {
          reason: ReasonCode.INVALID_DIMENSION,
          message: `The nightly reconciliation is set up for ${legalEntity}, which the ERP has no active legal entity of. Correct BILLING_LEGAL_ENTITIES (or the ERP's subsidiary). ${REASON_CATALOGUE.INVALID_DIMENSION.action}`,
          context: { legalEntity },
        }),
      );
      this.logger.warn(`no active legal entity ${legalEntity}: nothing reconciled`);
      return [];
    }
    return this.dataSource.transaction(async (manager) => {
      await this.exceptions.resolve(
        manager,
        scheduleSubject(legalEntity),
        `The ERP has ${legalEntity} again.`,
      );
      const opened: string[] = [];
      for (const period of periodsOf(tick)) {
        const id = await openReconciliation(manager, {
          legalEntity,
          period,
          trigger: 'schedule',
          requestedBy: 'schedule',
          scheduledFor: tick,
        });
        if (id) opened.push(id);
      }
      return opened;
    });
  }
}

/** The month before the tick's and the tick's own (UTC), `YYYY-MM`. */
function periodsOf(tick: Date): string[] {
  const month = (offset: number) =>
    new Date(Date.UTC(tick.getUTCFullYear(), tick.getUTCMonth() + offset, 1))
      .toISOString()
      .slice(0, 7);
  return [month(-1), month(0)];
}
