import { ApiClient, createApiClient, unwrap } from '@p2c/clients';
import type { TokenProvider } from '@p2c/clients';
import { defaultScenario } from '@p2c/vendor-sandbox/scenario/default-scenario';
import type { ScenarioOpportunity } from '@p2c/vendor-sandbox/scenario/scenario.types';
import { call } from '@p2c/vendor-sandbox/testing/vendor-http';

/** Northwind's closed-won deals that onboarding makes active (Litware's DE-DATA stops it). */
export const ACTIVE_DEALS = [
  '006NW000101',
  '006NW000102',
  '006NW000103',
  '006NW000104',
  '006NW000105',
  '006NW000107',
];
/** Litware: its cost centre has no ERP department, so onboarding never gets it to the ERP. */
export const STOPPED_DEAL = '006NW000106';

export const projectOf = (opportunity: string) => `PRJ-${opportunity}`;
export const customerOf = (crmId: string) => `CUS-${crmId}`;

export interface SystemUrls {
  SYSTEM_PSA_URL: string;
  SYSTEM_ERP_URL: string;
}

/**
 * What process-onboarding does for Northwind's deals, done directly through the system APIs so
 * process-time's tests do not depend on it: the ERP customer (adopted when the ERP already has
 * it, else created), the ERP project, activated; the PSA project with its rate card and
 * assignments, activated. Litware gets its PSA project (so time can be logged on it) and no ERP
 * project. The inactive E1024 is staffed on Adatum in the PSA (as a person might do in its
 * screens), so there is time of an inactive worker on an active project.
 */
export async function onboardNorthwind(
  urls: SystemUrls,
  sandboxUrl: string,
  token: TokenProvider,
): Promise<void> {
  const erp = createApiClient('system-erp', {
    baseUrl: urls.SYSTEM_ERP_URL,
    token,
    timeoutMs: 30_000,
  });
  const psa = createApiClient('system-psa', {
    baseUrl: urls.SYSTEM_PSA_URL,
    token,
    timeoutMs: 30_000,
  });
  const scenario = defaultScenario();
  for (const deal of scenario.opportunities.filter((o) => o.stage === 'Closed Won')) {
    const active = ACTIVE_DEALS.includes(deal.crmId);
    if (active) await setUpInErp(erp, deal);
    await setUpInPsa(psa, deal, active);
  }
  await staff(sandboxUrl, '006NW000105', 'E1024');
}

async function setUpInErp(erp: ApiClient<'system-erp'>, deal: ScenarioOpportunity): Promise<void> {
  const scenario = defaultScenario();
  const customer = scenario.customers.find((c) => c.crmId === deal.customer)!;
  const customerId = customerOf(customer.crmId);
  const matches = await unwrap(
    erp.GET('/customers/matches', {
      params: { query: { name: customer.name, taxId: customer.taxId } },
    }),
  );
  const [match] = matches.candidates;
  if (match && match.id === undefined)
    await unwrap(
      erp.PUT('/customers/{id}/erp-record', {
        params: { path: { id: customerId } },
        body: { erpId: match.erpId },
      }),
    );
  else if (!match)
    await unwrap(
      erp.PUT('/customers/{id}', {
        params: { path: { id: customerId } },
        body: {
          name: customer.name,
          taxId: customer.taxId,
          legalEntity: deal.legalEntity,
          currency: deal.currency,
        },
      }),
    );
  const id = projectOf(deal.crmId);
  await unwrap(
    erp.PUT('/projects/{id}', {
      params: { path: { id } },
      body: {
        name: deal.name,
        customer: customerId,
        legalEntity: deal.legalEntity,
        costCenter: deal.costCenter,
        class: deal.billingModel,
        currency: deal.currency,
        startDate: deal.startDate,
        endDate: deal.endDate,
      },
    }),
  );
  await unwrap(erp.POST('/projects/{id}/activation', { params: { path: { id } } }));
}

async function setUpInPsa(
  psa: ApiClient<'system-psa'>,
  deal: ScenarioOpportunity,
  activate: boolean,
): Promise<void> {
  const id = projectOf(deal.crmId);
  await unwrap(
    psa.POST('/projects', {
      body: {
        id,
        opportunity: deal.crmId,
        name: deal.name,
        rateCard: deal.rateCard,
        startDate: deal.startDate,
        endDate: deal.endDate,
        budget: { amount: deal.amount, currency: deal.currency },
        milestones: (deal.milestones ?? []).map((milestone) => ({
          id: milestone.id,
          name: milestone.name,
          amount: { amount: milestone.amount, currency: deal.currency },
          dueDate: milestone.dueDate,
        })),
        assignments: deal.assignments ?? [],
      },
    }),
  );
  if (activate) await unwrap(psa.POST('/projects/{id}/activate', { params: { path: { id } } }));
}

async function staff(sandboxUrl: string, opportunity: string, worker: string): Promise<void> {
  const [workspace] = await stateOf(sandboxUrl, `psa/workspaces?external_reference=${opportunity}`);
  const [user] = await stateOf(sandboxUrl, `psa/users?employee_number=${worker}`);
  // staffed without planned hours: time is logged by hand, never generated
  const created = await call(sandboxUrl, '/__sandbox/state/psa/participations', 'admin', {
    body: {
      workspace_id: workspace.id,
      user_id: user.id,
      role_id: user.role_id,
      hours_per_week: 0,
    },
  });
  if (created.status >= 300)
    throw new Error(`staffing ${worker} failed: ${JSON.stringify(created.body)}`);
}

async function stateOf(
  sandboxUrl: string,
  path: string,
): Promise<{ id: string; role_id?: string }[]> {
  const answer = await call<{ items: { id: string; role_id?: string }[] }>(
    sandboxUrl,
    `/__sandbox/state/${path}`,
    'admin',
  );
  if (answer.status !== 200) throw new Error(`GET ${path}: ${answer.status}`);
  return answer.body.items;
}
