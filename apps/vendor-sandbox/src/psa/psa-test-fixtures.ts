import { PsaEnvelope } from './psa-envelope';
import { PsaSandbox } from './psa-test-sandbox';

type Records = Record<string, Record<string, unknown>>;

/** The records of an envelope in `results` order. */
export function recordsOf(envelope: PsaEnvelope): Record<string, unknown>[] {
  return envelope.results.map((result) => (envelope[result.key] as Records)[result.id]);
}

async function only(sandbox: PsaSandbox, path: string): Promise<Record<string, unknown>> {
  const { status, body } = await sandbox.psa<PsaEnvelope>('GET', path);
  if (status !== 200 || body.count !== 1) throw new Error(`${path}: ${status} ${body.count}`);
  return recordsOf(body)[0];
}

export async function userIdOf(sandbox: PsaSandbox, employeeNumber: string): Promise<string> {
  return String((await only(sandbox, `users.json?employee_number=${employeeNumber}`)).id);
}

export async function rateCardIdOf(sandbox: PsaSandbox, title: string): Promise<string> {
  return String((await only(sandbox, `rate_cards.json?title=${title}`)).id);
}

export interface WorkspaceSetup {
  opportunity: string;
  currency?: string;
  rateCard?: string;
  /** how the workspace names its opportunity: its own field (default) or an external reference */
  link?: 'field' | 'external_reference';
  staff?: { worker: string; hoursPerWeek: number; startDate?: string; endDate?: string }[];
}

/** A workspace as onboarding creates it through the API, with its participations. */
export async function createWorkspace(sandbox: PsaSandbox, setup: WorkspaceSetup): Promise<string> {
  const viaField = (setup.link ?? 'field') === 'field';
  const created = await sandbox.psa<PsaEnvelope>('POST', 'workspaces.json', {
    workspace: {
      title: `Workspace for ${setup.opportunity}`,
      currency: setup.currency ?? 'USD',
      rate_card_id: await rateCardIdOf(sandbox, setup.rateCard ?? 'RC-STD-USD'),
      status: 'active',
      start_date: '2026-10-01',
      due_date: '2027-03-31',
      ...(viaField ? { external_reference: setup.opportunity } : {}),
    },
  });
  if (created.status !== 200) throw new Error(JSON.stringify(created.body));
  const workspaceId = created.body.results[0].id;
  if (!viaField)
    await sandbox.psa('POST', 'external_references.json', {
      external_reference: {
        subject_type: 'Workspace',
        subject_id: workspaceId,
        service_name: 'salesforce',
        service_model: 'Opportunity',
        service_model_ref: setup.opportunity,
      },
    });
  for (const member of setup.staff ?? []) {
    const staffed = await sandbox.psa('POST', 'participations.json', {
      participation: {
        workspace_id: workspaceId,
        user_id: await userIdOf(sandbox, member.worker),
        hours_per_week: member.hoursPerWeek,
        ...(member.startDate ? { start_date: member.startDate } : {}),
        ...(member.endDate ? { end_date: member.endDate } : {}),
      },
    });
    if (staffed.status !== 200) throw new Error(JSON.stringify(staffed.body));
  }
  return workspaceId;
}
