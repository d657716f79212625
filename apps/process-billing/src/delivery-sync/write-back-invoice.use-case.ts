import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { REASON_CATALOGUE, ReasonCode } from '@p2c/canonical';
import { ApiClient, ApiProblemError, InjectApiClient, unwrap } from '@p2c/clients';
import { CaseSubject, ExceptionCases, recordHops, sqlRows } from '@p2c/flow';
import { BillingEvent, BillingEventItem } from '@p2c/persistence';
import { refusalReason } from '../common/refusal-reason';
import { BILLING_FLOW } from '../runs/billing-flow';
import { psaInvoiceOf } from './psa-invoice-of';

/** The step of billing's exception cases about an invoice's copy in the PSA. */
export const PSA_INVOICE_STEP = 'psa-invoice';

/** The sync-ledger flow of the hops from a billing event's invoice to its PSA copy. */
export const INVOICE_STATUS_FLOW = 'invoice-status';

/** How one try at an event's PSA invoice ended. */
export type WriteBackOutcome = 'written' | 'up-to-date' | 'not-invoiced' | 'refused' | 'gave-up';

/**
 * Brings the PSA's copy of a billing event's invoice up to where it stands: system-psa's
 * `PUT /invoices/{eventId}` records it the first time (linking the time entries and expenses it
 * bills, which the PSA then shows as invoiced) and later only updates it, so a retry or a second
 * job for the same event writes nothing twice. Every change of the invoice's standing counts up
 * its `standing_version`; the PSA's copy is current once `psa_version` has caught up. Jobs of
 * one event may overlap and land in any order, so after each write the job looks again and
 * writes the newest standing once more if it moved meanwhile: whichever write lands last is
 * followed by a look. A refusal (e.g. an entry the PSA holds as invoiced elsewhere) becomes an
 * exception case; anything else is thrown to be retried, and on the last attempt becomes a
 * VENDOR_UNAVAILABLE case. Either case resolves when a later write-back lands.
 */
@Injectable()
export class WriteBackInvoiceUseCase {
  constructor(
    private readonly dataSource: DataSource,
    @InjectApiClient('system-psa') private readonly psa: ApiClient<'system-psa'>,
    private readonly exceptions: ExceptionCases,
  ) {}

  async execute(eventId: string, lastAttempt: boolean): Promise<WriteBackOutcome> {
    let written: number | undefined;
    for (;;) {
      const event = await this.dataSource.getRepository(BillingEvent).findOneBy({ id: eventId });
      if (event?.status !== 'invoiced') return 'not-invoiced';
      const behind =
        written === undefined
          ? event.psaVersion < event.standingVersion
          : written < event.standingVersion;
      if (!behind) return written === undefined ? 'up-to-date' : 'written';
      const outcome = await this.write(event, lastAttempt);
      if (outcome !== 'written') return outcome;
      written = event.standingVersion;
    }
  }

  private async write(event: BillingEvent, lastAttempt: boolean): Promise<WriteBackOutcome> {
    await this.dataSource
      .getRepository(BillingEvent)
      .update(event.id, { psaAttemptedAt: new Date() });
    const items = await this.dataSource.getRepository(BillingEventItem).find({
      where: { billingEventId: event.id },
      select: { kind: true, sourceSystem: true, sourceId: true },
    });
    try {
      await unwrap(
        this.psa.PUT('/invoices/{id}', {
          params: { path: { id: event.id } },
          body: psaInvoiceOf(event, items),
        }),
      );
    } catch (error) {
      const reason = refusalReason(error);
      if (!reason && !lastAttempt) throw error;
      const detail =
        error instanceof ApiProblemError
          ? error.detail
          : error instanceof Error
            ? error.message
            : String(error);
      await this.dataSource.transaction((manager) =>
        this.exceptions.raise(manager, subjectOf(event), {
          reason: reason ?? ReasonCode.VENDOR_UNAVAILABLE,
          message: reason
            ? `The PSA refused invoice ${event.invoiceNumber} of ${event.project}: ${detail} ${REASON_CATALOGUE[reason].action}`
            : `The PSA could not be reached to record invoice ${event.invoiceNumber} of ${event.project} (${detail}). The payment sync's catch-up writes it again once the PSA answers.`,
          context: {
            project: event.project,
            invoiceNumber: event.invoiceNumber,
            ...(error instanceof ApiProblemError
              ? { psaCode: error.code, psaDetail: error.detail }
              : { detail }),
          },
        }),
      );
      return reason ? 'refused' : 'gave-up';
    }
    await this.dataSource.transaction((manager) => this.settle(manager, event));
    return 'written';
  }

  /** The PSA holds this standing now: the event's copy is at least this new, its case resolved. */
  private async settle(manager: EntityManager, event: BillingEvent): Promise<void> {
    await sqlRows(
      manager,
      `UPDATE billing_events SET psa_version = greatest(psa_version, $2), updated_at = now()
        WHERE id = $1`,
      [event.id, event.standingVersion],
    );
    await this.exceptions.resolve(
      manager,
      subjectOf(event),
      `The PSA holds invoice ${event.invoiceNumber} as ${event.paymentStatus}.`,
    );
    await recordHops(manager, [
      {
        flow: INVOICE_STATUS_FLOW,
        sourceSystem: 'gateway',
        sourceType: 'billing_event',
        sourceId: event.id,
        sourceVersion: String(event.standingVersion),
        targetSystem: 'psa',
        targetType: 'invoice',
        targetId: event.id,
        projectId: event.project,
        legalEntity: event.legalEntity,
        amountMinor: event.invoiceTotalMinor ?? event.netMinor + event.taxMinor,
        currency: event.currency,
      },
    ]);
  }
}

function subjectOf(event: BillingEvent): CaseSubject {
  return {
    flow: BILLING_FLOW,
    step: PSA_INVOICE_STEP,
    subjectType: 'billing_event',
    subjectId: event.id,
  };
}
