import type { ProcessBillingApi, ProcessTimeApi } from '@p2c/clients';
import { waitFor } from '@p2c/testing';
import type { ExperienceTestBed } from './experience-test-bed';

/** A time entry to log in the PSA, as a consultant would. */
export interface LoggedTime {
  opportunity: string;
  worker: string;
  date: string;
  hours: number;
}

type Posting = ProcessTimeApi.SchemaPostingDto;
export type BilledEvent = ProcessBillingApi.SchemaBillingEventDto;

/** Logs and approves time in the PSA, and waits until process-time has posted every entry. */
export async function postTime(bed: ExperienceTestBed, entries: LoggedTime[]): Promise<string[]> {
  const { ids } = await bed.admin<{ ids: string[] }>('/psa/time-entries', {
    body: { entries: entries.map((entry) => ({ billable: true, ...entry })) },
  });
  await bed.admin('/psa/time-entries/approve', { body: { ids } });
  await waitFor(
    async () => {
      const answers = await Promise.all(
        ids.map((id) => bed.process('process-time', 'get', `/postings?sourceId=${id}`)),
      );
      return answers.every((answer) =>
        (answer.body.items as Posting[]).some((posting) => posting.status === 'posted'),
      );
    },
    { timeoutMs: 60_000, intervalMs: 250, what: `${ids.length} entries to be posted` },
  );
  return ids;
}

/** Runs billing for a legal entity's period and answers the events it invoiced, by project. */
export async function runBilling(
  bed: ExperienceTestBed,
  legalEntity: string,
  period: string,
): Promise<Map<string, BilledEvent>> {
  const started = await bed
    .process('process-billing', 'post', '/billing-runs')
    .set('idempotency-key', `run-${legalEntity}-${period}`)
    .send({ legalEntity, period })
    .expect(202);
  const run = await waitFor(
    async () => {
      const answer = await bed.process(
        'process-billing',
        'get',
        `/billing-runs/${started.body.id}`,
      );
      return String(answer.body.status).startsWith('completed') ? answer.body : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 250, what: `the ${legalEntity} billing run` },
  );
  return new Map(
    (run.projects as BilledEvent[])
      .filter((event) => event.status === 'invoiced')
      .map((event) => [event.project, event]),
  );
}

/** Pays part of an invoice in the ERP and has process-billing read it now. */
export async function pay(bed: ExperienceTestBed, event: BilledEvent, amount: string) {
  await bed.admin(`/erp/invoices/${event.invoiceErpId}/payments`, { body: { amount } });
  await bed.process('process-billing', 'post', '/payments/sync').send({}).expect(200);
}

/** The canonical project process-onboarding set a deal up as. */
export async function projectOfDeal(bed: ExperienceTestBed, crmId: string): Promise<string> {
  const answer = await bed
    .process('process-onboarding', 'get', `/onboardings?opportunity=${crmId}`)
    .expect(200);
  return answer.body.items[0].project as string;
}
