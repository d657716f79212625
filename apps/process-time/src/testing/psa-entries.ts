import type { TimeTestBed } from './time-test-bed';

/** A PSA time entry as the PSA itself holds it, resolved to business keys. */
export interface PsaEntry {
  id: string;
  opportunity: string;
  worker: string;
  role: string;
  date: string;
  minutes: number;
  billable: boolean;
  approved: boolean;
}

type Row = Record<string, unknown>;

async function all(bed: TimeTestBed, collection: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await bed.admin<{ items: Row[] }>(
      `/state/psa/${collection}?limit=1000&offset=${offset}`,
    );
    rows.push(...page.items);
    if (page.items.length < 1000) return rows;
  }
}

/** Every time entry in the PSA, read from the sandbox's state (not through the gateway). */
export async function psaEntries(bed: TimeTestBed): Promise<PsaEntry[]> {
  const [entries, users, roles, workspaces] = await Promise.all(
    ['time_entries', 'users', 'roles', 'workspaces'].map((c) => all(bed, c)),
  );
  const byId = (rows: Row[]) => new Map(rows.map((row) => [String(row.id), row]));
  const [user, role, workspace] = [byId(users), byId(roles), byId(workspaces)];
  return entries.map((entry) => ({
    id: String(entry.id),
    opportunity: String(workspace.get(String(entry.workspace_id))?.external_reference),
    worker: String(user.get(String(entry.user_id))?.employee_number),
    role: String(role.get(String(entry.role_id))?.code),
    date: String(entry.date_performed),
    minutes: Number(entry.time_in_minutes),
    billable: entry.billable === true,
    approved: entry.approved === true,
  }));
}
