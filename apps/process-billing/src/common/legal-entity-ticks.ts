import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { REASON_CATALOGUE, ReasonCode } from '@p2c/canonical';
import { CaseSubject, ExceptionCases } from '@p2c/flow';
import { ProcessBillingErrorCode, ProcessBillingException } from './process-billing.exception';

/** A schedule of legal entities: its case subject per entity, and how a person names it. */
export interface TickSchedule {
  /** e.g. `The nightly reconciliation` */
  name: string;
  subject: (legalEntity: string) => CaseSubject;
}

/**
 * Runs a scheduled tick's work for one legal entity. When the ERP has no active legal entity of
 * that code (the work throws INVALID_DIMENSION), retrying cannot help and nothing crashes: the
 * configuration (BILLING_LEGAL_ENTITIES) or the ERP's subsidiary is to be corrected, so the
 * schedule gets an INVALID_DIMENSION case on that entity, resolved by the next tick that gets
 * through. Anything else is thrown for the tick to be retried.
 */
@Injectable()
export class LegalEntityTicks {
  private readonly logger = new Logger(LegalEntityTicks.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly exceptions: ExceptionCases,
  ) {}

  /** The work's answer; undefined when the ERP has no such legal entity. */
  async run<T>(
    schedule: TickSchedule,
    legalEntity: string,
    work: () => Promise<T>,
  ): Promise<T | undefined> {
    const subject = schedule.subject(legalEntity);
    let done: T;
    try {
      done = await work();
    } catch (error) {
      if (
        !(error instanceof ProcessBillingException) ||
        error.code !== ProcessBillingErrorCode.INVALID_DIMENSION
      )
        throw error;
      await this.dataSource.transaction((manager) =>
        this.exceptions.raise(manager, subject, {
          reason: ReasonCode.INVALID_DIMENSION,
          message: `${schedule.name} is set up for ${legalEntity}, which the ERP has no active legal entity of. Correct BILLING_LEGAL_ENTITIES (or the ERP's subsidiary). ${REASON_CATALOGUE.INVALID_DIMENSION.action}`,
          context: { legalEntity },
        }),
      );
      this.logger.warn(`${schedule.name}: no active legal entity ${legalEntity}, nothing done`);
      return undefined;
    }
    await this.dataSource.transaction((manager) =>
      this.exceptions.resolve(manager, subject, `The ERP has ${legalEntity} again.`),
    );
    return done;
  }
}
