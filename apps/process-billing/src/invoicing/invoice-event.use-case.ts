import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import {
  ErpInvoiceDto,
  Money,
  MoneyJson,
  REASON_CATALOGUE,
  ReasonCode,
  cataloguedReason,
} from '@p2c/canonical';
import { ApiClient, ApiProblemError, InjectApiClient, absentOn404, unwrap } from '@p2c/clients';
import { CaseSubject, ExceptionCases, claimHop, markHopMissed, markHopSucceeded } from '@p2c/flow';
import { BillingEvent, BillingEventItem } from '@p2c/persistence';
import { announceInvoice } from '../delivery-sync/announce-invoice';
import { BILLING_FLOW, INVOICE_STEP } from '../runs/billing-flow';
import { settleRun } from '../runs/finish-billing-run.use-case';
import { invoiceLines, negated } from './invoice-lines';

/** What the ERP answers for an invoice or a credit memo it holds. */
type RaisedDocument = Pick<ErpInvoiceDto, 'erpId' | 'number' | 'net' | 'tax' | 'total'>;

/** How one try at an event's invoice ended. */
export type InvoiceOutcome = 'invoiced' | 'already-done' | 'refused' | 'gave-up';

/**
 * Raises one billing event's invoice in the ERP exactly once: the ledger hop (billing event →
 * ERP invoice) is claimed and committed before the call; when an earlier claim may have landed
 * (a crash or timeout between the ERP's answer and our commit), the ERP is asked first for an
 * invoice under the event's id, its external id; only then is it raised (system-erp's
 * `PUT /invoices/{id}` is itself an upsert by that id). The hop and the event are settled in one
 * transaction with the invoice's number and amounts. A refusal (closed period, project not in
 * the ERP, …) proves nothing landed: the hop is marked missed, the event's items are released to
 * be billed by a later run, and an exception is raised (resolved when a later event of the project
 * is invoiced). Anything else is thrown to be retried,
 * and on the last attempt becomes an exception with the items kept (the invoice may exist).
 */
@Injectable()
export class InvoiceEventUseCase {
  private readonly logger = new Logger(InvoiceEventUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectApiClient('system-erp') private readonly erp: ApiClient<'system-erp'>,
    private readonly exceptions: ExceptionCases,
  ) {}

  /** Once the event is settled (and committed), its run settles too. */
  async execute(eventId: string, lastAttempt: boolean): Promise<InvoiceOutcome> {
    const { runId, outcome } = await this.invoice(eventId, lastAttempt);
    await settleRun(this.dataSource.manager, runId);
    return outcome;
  }

  private async invoice(
    eventId: string,
    lastAttempt: boolean,
  ): Promise<{ runId: string; outcome: InvoiceOutcome }> {
    const event = await this.dataSource
      .getRepository(BillingEvent)
      .findOneByOrFail({ id: eventId });
    const settled = (outcome: InvoiceOutcome) => ({ runId: event.runId, outcome });
    if (event.status !== 'pending') return settled('already-done');
    const items = await this.dataSource
      .getRepository(BillingEventItem)
      .find({ where: { billingEventId: eventId }, order: { postingId: 'ASC' } });
    const hop = await this.dataSource.transaction((manager) =>
      claimHop(manager, {
        flow: BILLING_FLOW,
        sourceSystem: 'gateway',
        sourceType: 'billing_event',
        sourceId: event.id,
        sourceVersion: '1',
        targetSystem: 'erp',
        targetType: event.document,
        projectId: event.project,
        legalEntity: event.legalEntity,
        accountingPeriod: event.period,
        amountMinor: event.netMinor,
        currency: event.currency,
      }),
    );
    let invoice: RaisedDocument | undefined;
    // only the raise's refusal proves nothing landed: a failed look proves nothing
    let raising = false;
    try {
      if (hop.mayHaveLanded) invoice = await this.look(event);
      raising = true;
      invoice ??= await this.raise(event, items);
    } catch (error) {
      const refusal = raising ? refusalOf(error) : undefined;
      if (refusal) {
        await this.dataSource.transaction(async (manager) => {
          await markHopMissed(manager, hop.id, refusal.detail);
          await manager.getRepository(BillingEventItem).delete({ billingEventId: event.id });
          await this.fail(manager, event, refusal.reason, refusal.message, refusal.facts);
        });
        return settled('refused');
      }
      if (!lastAttempt) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      await this.dataSource.transaction((manager) =>
        this.fail(
          manager,
          event,
          ReasonCode.VENDOR_UNAVAILABLE,
          `The ERP could not be reached to raise the invoice of ${event.project} (${detail}). ${REASON_CATALOGUE.VENDOR_UNAVAILABLE.action}`,
          { detail },
        ),
      );
      return settled('gave-up');
    }
    const answered = invoice;
    // a credit memo's amounts are the ERP's positive ones: the event keeps them as credits
    const sign = event.document === 'credit_memo' ? -1 : 1;
    const minor = (amount: MoneyJson) => sign * Money.fromJson(amount).toMinorNumber();
    await this.dataSource.transaction(async (manager) => {
      await markHopSucceeded(manager, hop.id, answered.erpId);
      await manager.getRepository(BillingEvent).update(event.id, {
        status: 'invoiced',
        invoiceErpId: answered.erpId,
        invoiceNumber: answered.number,
        invoiceNetMinor: minor(answered.net),
        invoiceTaxMinor: minor(answered.tax),
        invoiceTotalMinor: minor(answered.total),
        invoicedAt: new Date(),
        lastError: null,
      });
      if (event.document === 'invoice') await announceInvoice(manager, event.id, answered);
      await this.exceptions.resolve(manager, subjectOf(event), `Invoiced as ${answered.number}.`);
      // an earlier run's refused event of the project released its items, which this one billed
      const released = await manager.getRepository(BillingEvent).find({
        where: { project: event.project, status: 'failed', invoiceErpId: IsNull() },
      });
      for (const earlier of released)
        if (
          !(await manager.getRepository(BillingEventItem).existsBy({ billingEventId: earlier.id }))
        )
          await this.exceptions.resolve(
            manager,
            subjectOf(earlier),
            `Its work was billed again by billing event ${event.id}, invoice ${answered.number}.`,
          );
    });
    if (minor(answered.net) !== event.netMinor)
      this.logger.warn(
        `invoice ${answered.number} of event ${event.id}: the ERP's net ${answered.net.amount} is not the event's`,
      );
    return settled('invoiced');
  }

  /** The event's invoice or credit memo, if the ERP holds it under the event's id. */
  private look(event: BillingEvent): Promise<RaisedDocument | undefined> {
    const path = { params: { path: { id: event.id } } };
    return absentOn404(
      unwrap(
        event.document === 'credit_memo'
          ? this.erp.GET('/credit-memos/{id}', path)
          : this.erp.GET('/invoices/{id}', path),
      ),
    );
  }

  /**
   * Raises the event's invoice, or, when it nets negative, its credit memo: the lines of the
   * negated items (what is credited), against the invoice of the work it corrects.
   */
  private raise(event: BillingEvent, items: BillingEventItem[]): Promise<RaisedDocument> {
    const document = {
      project: event.project,
      issueDate: event.issueDate,
      currency: event.currency,
      memo: `Billing run ${event.period} ${event.legalEntity}`,
    };
    const path = { params: { path: { id: event.id } } };
    if (event.document === 'credit_memo')
      return unwrap(
        this.erp.PUT('/credit-memos/{id}', {
          ...path,
          body: {
            ...document,
            memo: `Corrections of billed work, ${event.period} ${event.legalEntity}`,
            lines: invoiceLines(negated(items), event.currency, event.period),
            creditedInvoice: event.creditedEventId ?? undefined,
          },
        }),
      );
    return unwrap(
      this.erp.PUT('/invoices/{id}', {
        ...path,
        body: {
          ...document,
          dueDate: event.dueDate ?? undefined,
          lines: invoiceLines(items, event.currency, event.period),
        },
      }),
    );
  }

  private async fail(
    manager: EntityManager,
    event: BillingEvent,
    reason: `${ReasonCode}`,
    message: string,
    facts: Record<string, unknown>,
  ): Promise<void> {
    const exceptionId = await this.exceptions.raise(manager, subjectOf(event), {
      reason,
      message,
      context: { runId: event.runId, project: event.project, ...facts },
    });
    await manager
      .getRepository(BillingEvent)
      .update(event.id, { status: 'failed', exceptionId, lastError: message.slice(0, 2000) });
  }
}

function subjectOf(event: BillingEvent): CaseSubject {
  return {
    flow: BILLING_FLOW,
    step: INVOICE_STEP,
    subjectType: 'billing_event',
    subjectId: event.id,
  };
}

/**
 * An ERP refusal no retry can fix, filed under its catalogued reason (a finer one as the catalogue
 * says), VENDOR_REJECTED when it names none; undefined for anything worth retrying.
 */
function refusalOf(
  error: unknown,
):
  | { reason: `${ReasonCode}`; message: string; detail: string; facts: Record<string, unknown> }
  | undefined {
  if (!(error instanceof ApiProblemError) || error.retryable || error.status >= 500)
    return undefined;
  const catalogued = cataloguedReason(error.code);
  const reason =
    catalogued?.kind === 'refusal'
      ? (catalogued.filedAs ?? catalogued.code)
      : ReasonCode.VENDOR_REJECTED;
  return {
    reason,
    message: `The ERP refused the invoice: ${error.detail} ${REASON_CATALOGUE[reason].action}`,
    detail: error.message,
    facts: { erpCode: error.code, erpDetail: error.detail },
  };
}
