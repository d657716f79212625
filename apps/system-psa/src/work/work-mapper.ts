import { Injectable } from '@nestjs/common';
import { Money, PsaExpenseDto, PsaTimeEntryDto } from '@p2c/canonical';
import { hoursOf } from '../psa/hours';
import { PsaDirectory } from '../psa/psa-directory';
import { PsaLinks } from '../psa/psa-links';
import type { PsaExpense, PsaTimeEntry, PsaVersioned } from '../psa/psa-records';

/**
 * PSA time and expenses in the canonical model: workspace → canonical project (cross-reference),
 * user → HCM employee id, role → code. A batch asks each of those once.
 */
@Injectable()
export class WorkMapper {
  constructor(
    private readonly directory: PsaDirectory,
    private readonly links: PsaLinks,
  ) {}

  async timeEntries(entries: PsaTimeEntry[]): Promise<PsaTimeEntryDto[]> {
    const common = await this.common(entries);
    const roles = await this.directory.roleIndex(
      entries.flatMap((entry) => (entry.role_id ? [entry.role_id] : [])),
    );
    return entries.map((entry) => ({
      ...common(entry),
      role: roles.byId.get(entry.role_id ?? '')?.code,
      workDate: entry.date_performed,
      minutes: entry.time_in_minutes,
      hours: hoursOf(entry.time_in_minutes),
    }));
  }

  async expenses(expenses: PsaExpense[]): Promise<PsaExpenseDto[]> {
    const common = await this.common(expenses);
    return expenses.map((expense) => ({
      ...common(expense),
      date: expense.date,
      amount: Money.fromMinor(expense.amount_in_cents, expense.currency).toJSON(),
      category: expense.category,
    }));
  }

  private async common(records: PsaVersioned[]) {
    const projects = await this.links.projectsOfWorkspaces(records.map((r) => r.workspace_id));
    const users = await this.directory.usersById(records.map((r) => r.user_id));
    return (record: PsaVersioned) => ({
      sourceSystem: 'psa' as const,
      sourceId: record.id,
      sourceVersion: record.version,
      project: projects.get(record.workspace_id),
      worker: users.get(record.user_id)?.employee_number ?? undefined,
      billable: record.billable,
      status: record.approved ? ('APPROVED' as const) : ('SUBMITTED' as const),
      notes: record.notes ?? undefined,
      invoiced: record.invoice_id !== null && record.invoice_id !== undefined,
      changedAt: record.updated_at ?? record.created_at ?? '',
    });
  }
}
