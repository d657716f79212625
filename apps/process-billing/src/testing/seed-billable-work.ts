import { defaultScenario } from '@p2c/vendor-sandbox/scenario/default-scenario';
import type { BillingTestBed } from './billing-test-bed';

/** A Northwind job the seeded projects copy: NWA-US, USD, time and materials, in progress. */
const TEMPLATE_PROJECT = 'PRJ-006NW000101';
const RATE_CARD = 'RC-STD-USD';
const PROJECTS_PER_CUSTOMER = 10;

export interface BillableWork {
  /** time-and-materials projects to make in the ERP (NWA-US, USD) */
  projects: number;
  /** posted billable time postings of each project, in process-time */
  postingsPerProject: number;
  /** the accounting period of the postings (an open NWA-US period), `YYYY-MM` */
  period: string;
}

interface StaffMember {
  role: string;
  worker: string;
  billRateMinor: number;
  costRateMinor: number;
}

const minor = (decimal: string) => Math.round(Number(decimal) * 100);

/**
 * Billable work at volume, seeded the fastest way each owner allows: the ERP's customers and
 * jobs added through the sandbox's admin API (as someone keying them into the ERP would), copies
 * of a Northwind time-and-materials job; the posted billable time in process-time's own table,
 * written through process-time's connection (its role), priced as process-time prices it (minutes
 * × the rate card's bill rate of the period, half up), posted one second apart as a posting
 * pipeline would post them, the projects' postings interleaved. The ERP is not given the
 * timeBills: billing reads postings from process-time only. Answers the projects' canonical ids.
 */
export async function seedBillableWork(bed: BillingTestBed, work: BillableWork): Promise<string[]> {
  const [template] = (
    await bed.time.admin<{ items: Record<string, unknown>[] }>(
      `/state/erp/job?externalId=${TEMPLATE_PROJECT}`,
    )
  ).items;
  const customerTemplate = await bed.time.admin<Record<string, unknown>>(
    `/state/erp/customer/${(template.parent as { id: string }).id}`,
  );
  const projects: string[] = [];
  let customer: { id: string; refName: string } | undefined;
  for (let i = 0; i < work.projects; i++) {
    const number = String(i + 1).padStart(4, '0');
    if (i % PROJECTS_PER_CUSTOMER === 0) {
      const name = `T&M Client ${number} Inc.`;
      const created = await bed.time.admin<{ id: string }>('/state/erp/customer', {
        body: {
          ...withoutId(customerTemplate),
          companyName: name,
          vatRegNumber: `US-90-${number}000`,
          externalId: `CUS-TM-${number}`,
        },
      });
      customer = { id: created.id, refName: name };
    }
    const project = `PRJ-TM-${number}`;
    const name = `T&M engagement ${number}`;
    await bed.time.admin('/state/erp/job', {
      body: {
        ...withoutId(template),
        companyName: name,
        entityId: name,
        parent: customer,
        externalId: project,
      },
    });
    projects.push(project);
  }
  await insertPostings(bed, projects, work);
  return projects;
}

async function insertPostings(
  bed: BillingTestBed,
  projects: string[],
  work: BillableWork,
): Promise<void> {
  const staff = staffOn(`${work.period}-01`);
  const total = projects.length * work.postingsPerProject;
  const batch = 20_000;
  for (let from = 0; from < total; from += batch)
    await bed.time.dataSource.query(
      `INSERT INTO time_postings (id, kind, source_system, source_id, latest_version, latest,
              status, posted_version, project, legal_entity, accounting_period, worker, role,
              work_date, minutes, billable, currency, cost_rate_minor, cost_minor,
              bill_rate_minor, billable_minor, erp_id, approved_at, seen_at, posted_at, created_at,
              updated_at)
       SELECT 'psa-time-' || s.source_id, 'TIME', 'psa', s.source_id, 1,
              jsonb_build_object('sourceSystem', 'psa', 'sourceId', s.source_id,
                'sourceVersion', 1, 'project', s.project, 'worker', s.worker, 'role', s.role,
                'workDate', s.work_date, 'minutes', s.minutes,
                'hours', trim_scale(s.minutes / 60.0)::text, 'billable', true,
                'status', 'APPROVED', 'invoiced', false, 'changedAt', s.at),
              'posted', 1, s.project, 'NWA-US', $3::text, s.worker, s.role, s.work_date, s.minutes,
              true, 'USD', s.cost_rate, round(s.minutes * s.cost_rate / 60.0),
              s.bill_rate, round(s.minutes * s.bill_rate / 60.0), (700000 + s.n)::text,
              s.at, s.at, s.at, s.at, s.at
         FROM (SELECT n, now() - n * interval '1 second' AS at, (95000000 + n)::text AS source_id,
                      ($4::text[])[n % $5 + 1] AS project,
                      ($6::text[])[(n / $5) % 5 + 1] AS role,
                      ($7::text[])[(n / $5) % 5 + 1] AS worker,
                      ($8::bigint[])[(n / $5) % 5 + 1] AS bill_rate,
                      ($9::bigint[])[(n / $5) % 5 + 1] AS cost_rate,
                      ($3::text || '-01')::date + (n / $5) % 28 AS work_date,
                      15 * (1 + n % 32) AS minutes
                 FROM generate_series($1::int, $2::int) AS n) s`,
      [
        from,
        Math.min(from + batch, total) - 1,
        work.period,
        projects,
        projects.length,
        staff.map((member) => member.role),
        staff.map((member) => member.worker),
        staff.map((member) => member.billRateMinor),
        staff.map((member) => member.costRateMinor),
      ],
    );
  // as autovacuum would soon after such a load: the planner then knows the table's size
  await bed.time.dataSource.query(`ANALYZE time_postings`);
}

/** One NWA-US worker of each of five roles, with the rate card's and their own rates on `day`. */
function staffOn(day: string): StaffMember[] {
  const scenario = defaultScenario();
  const card = scenario.rateCards.find((candidate) => candidate.code === RATE_CARD)!;
  const effective = <T extends { effectiveFrom: string; effectiveTo?: string }>(lines: T[]) =>
    lines.find((line) => line.effectiveFrom <= day && (line.effectiveTo ?? day) >= day)!;
  return ['PARTNER', 'MANAGER', 'SENIOR', 'CONSULTANT', 'ANALYST'].map((role) => {
    const worker = scenario.workers.find(
      (candidate) => candidate.role === role && candidate.legalEntity === 'NWA-US',
    )!;
    return {
      role,
      worker: worker.id,
      billRateMinor: minor(effective(card.lines.filter((line) => line.role === role)).rate),
      costRateMinor: minor(effective(worker.costRates).rate),
    };
  });
}

function withoutId(record: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, ...rest } = record;
  return rest;
}
