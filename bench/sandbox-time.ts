/**
 * Fills a running sandbox with PSA time: 20 workspaces of 20 staffed users each, then the admin
 * API's period generation, enough workdays from 2026-01-05 for `entries` entries, all approved.
 * What the sandbox benchmarks load it with.
 */
import { addDays, workdays } from '@p2c/vendor-sandbox/common/dates';
import { call } from '@p2c/vendor-sandbox/testing/vendor-http';

type Envelope = {
  results: { key: string; id: string }[];
} & Record<string, unknown>;

const WORKSPACES = 20;
const STAFF_PER_WORKSPACE = 20;
const FIRST_DAY = '2026-01-05';

/** The last day of a period starting FIRST_DAY with `count` workdays. */
function periodEnd(count: number): string {
  let to = FIRST_DAY;
  while (workdays(FIRST_DAY, to).length < count) to = addDays(to, 1);
  return to;
}

/** Staffs the bench workspaces in the sandbox at `url`. */
export async function staffBenchWorkspaces(url: string): Promise<number> {
  const psa = <T>(method: string, path: string, body?: unknown) =>
    call<T>(url, `/psa/api/v1/${path}`, 'psa', { method, body });
  const users = await psa<Envelope>('GET', 'users.json?per_page=200&active=true');
  const userIds = users.body.results.map((r) => r.id).slice(0, STAFF_PER_WORKSPACE);
  const cards = await psa<Envelope>('GET', 'rate_cards.json?title=RC-STD-USD');
  for (let w = 0; w < WORKSPACES; w++) {
    const workspace = await psa<Envelope>('POST', 'workspaces.json', {
      workspace: {
        title: `Bench workspace ${w}`,
        currency: 'USD',
        rate_card_id: cards.body.results[0].id,
        status: 'active',
        start_date: '2026-01-01',
        due_date: '2027-12-31',
        external_reference: `006BENCH${w}`,
      },
    });
    for (const userId of userIds)
      await psa('POST', 'participations.json', {
        participation: {
          workspace_id: workspace.body.results[0].id,
          user_id: userId,
          hours_per_week: 40,
        },
      });
  }
  return WORKSPACES * userIds.length;
}

/** Generates at least `entries` time entries over the staffed workspaces; returns how many. */
export async function generateTime(
  url: string,
  participations: number,
  entries: number,
): Promise<number> {
  const to = periodEnd(Math.ceil(entries / participations));
  const generated = await call<{ count: number }>(
    url,
    '/__sandbox/psa/time-entries/generate',
    'admin',
    { body: { from: FIRST_DAY, to } },
  );
  if (generated.status >= 300) throw new Error(`generate: ${JSON.stringify(generated.body)}`);
  return generated.body.count;
}

/** Approves every entry in the sandbox; returns how many. */
export async function approveAllTime(url: string): Promise<number> {
  const approved = await call<{ approved: number }>(
    url,
    '/__sandbox/psa/time-entries/approve',
    'admin',
    { body: { all: true } },
  );
  return approved.body.approved;
}
