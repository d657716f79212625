import { Injectable } from '@nestjs/common';
import { ChangePsaProjectDto, Money, PsaProjectDto } from '@p2c/canonical';
import { KeyedLock } from '../psa/keyed-lock';
import { PsaApi } from '../psa/psa-api';
import { SystemPsaErrorCode, SystemPsaException } from '../psa/system-psa.exception';
import { MilestoneSync } from './milestone-sync';
import { ProjectReader } from './project-reader';
import { ProjectWorkspaces } from './project-workspaces';

/** A change order: contract value, end date and the milestone set, each only when given. */
@Injectable()
export class ChangeProjectUseCase {
  constructor(
    private readonly api: PsaApi,
    private readonly workspaces: ProjectWorkspaces,
    private readonly milestones: MilestoneSync,
    private readonly reader: ProjectReader,
    private readonly lock: KeyedLock,
  ) {}

  execute(projectId: string, change: ChangePsaProjectDto): Promise<PsaProjectDto> {
    return this.lock.run(`project:${projectId}`, () => this.apply(projectId, change));
  }

  private async apply(projectId: string, change: ChangePsaProjectDto): Promise<PsaProjectDto> {
    const workspace = await this.workspaces.require(projectId);
    if (change.budget && change.budget.currency !== workspace.currency)
      throw new SystemPsaException(
        SystemPsaErrorCode.CURRENCY_MISMATCH,
        `The new budget is in ${change.budget.currency}; project ${projectId} bills in ${workspace.currency}.`,
      );
    const plan = change.milestones
      ? await this.milestones.plan(workspace, change.milestones, 'change')
      : undefined;
    const fields: Record<string, unknown> = {};
    if (change.budget) {
      const cents = Money.fromJson(change.budget).toMinorNumber();
      if (cents !== workspace.price_in_cents) fields.price_in_cents = cents;
    }
    if (change.endDate && change.endDate !== workspace.due_date) fields.due_date = change.endDate;
    if (Object.keys(fields).length > 0)
      await this.api.update('workspaces', 'workspace', workspace.id, fields);
    if (plan && change.milestones) await this.milestones.apply(plan, change.milestones);
    return this.reader.read(projectId, workspace.id);
  }
}
