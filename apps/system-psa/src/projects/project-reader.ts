import { Injectable } from '@nestjs/common';
import {
  Money,
  PsaAssignmentDto,
  PsaMilestoneDto,
  PsaOpenAssignmentDto,
  PsaProjectDto,
} from '@p2c/canonical';
import { PsaApi, includedOf } from '../psa/psa-api';
import { PsaDirectory } from '../psa/psa-directory';
import { PsaEntity, PsaLinks } from '../psa/psa-links';
import type {
  PsaParticipation,
  PsaStory,
  PsaWorkspace,
  PsaWorkspaceResource,
} from '../psa/psa-records';
import { SystemPsaErrorCode, SystemPsaException } from '../psa/system-psa.exception';
import { projectStatusOf } from './project-status';

/** A workspace with its milestones, staffing and open roles, in the canonical model. */
@Injectable()
export class ProjectReader {
  constructor(
    private readonly api: PsaApi,
    private readonly directory: PsaDirectory,
    private readonly links: PsaLinks,
  ) {}

  async read(projectId: string, workspaceId: string): Promise<PsaProjectDto> {
    const found = await this.api.one<PsaWorkspace>('workspaces', workspaceId, [
      'stories',
      'participations',
      'workspace_resources',
    ]);
    if (!found)
      throw new SystemPsaException(
        SystemPsaErrorCode.NOT_FOUND,
        `Project ${projectId}'s PSA workspace is gone.`,
      );
    const { record: workspace, included } = found;
    const stories = includedOf<PsaStory>(included, 'stories', workspace.story_ids);
    const participations = includedOf<PsaParticipation>(
      included,
      'participations',
      workspace.participation_ids,
    );
    const resources = includedOf<PsaWorkspaceResource>(
      included,
      'workspace_resources',
      workspace.workspace_resource_ids,
    );
    return {
      id: projectId,
      psaId: workspace.id,
      opportunity: workspace.external_reference ?? undefined,
      name: workspace.title,
      status: projectStatusOf(workspace.status),
      currency: workspace.currency,
      rateCard: workspace.rate_card_id
        ? await this.directory.rateCardCode(workspace.rate_card_id)
        : undefined,
      startDate: workspace.start_date ?? undefined,
      endDate: workspace.due_date ?? undefined,
      budget:
        workspace.price_in_cents === null
          ? undefined
          : Money.fromMinor(workspace.price_in_cents, workspace.currency).toJSON(),
      milestones: await this.milestones(projectId, workspace, stories),
      assignments: await this.assignments(participations),
      openAssignments: await this.openAssignments(resources),
    };
  }

  /** The milestones the gateway created (linked to a canonical id), by due date. */
  async milestones(
    projectId: string,
    workspace: PsaWorkspace,
    stories: PsaStory[],
  ): Promise<PsaMilestoneDto[]> {
    const milestones = stories.filter((story) => story.story_type === 'milestone');
    const canonical = await this.links.canonicalIds(
      PsaEntity.Milestone,
      milestones.map((story) => story.id),
    );
    return milestones
      .flatMap((story) => {
        const id = canonical.get(story.id);
        return id ? [milestoneOf(projectId, id, story, workspace.currency)] : [];
      })
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id.localeCompare(b.id));
  }

  private async assignments(participations: PsaParticipation[]): Promise<PsaAssignmentDto[]> {
    const users = await this.directory.usersById(participations.map((p) => p.user_id));
    const roles = await this.directory.roleIndex(
      participations.flatMap((p) => (p.role_id ? [p.role_id] : [])),
    );
    return participations.flatMap((participation) => {
      const worker = users.get(participation.user_id)?.employee_number;
      const role = roles.byId.get(participation.role_id ?? '')?.code;
      if (!worker || !role || !participation.start_date || !participation.end_date) return [];
      return [
        {
          worker,
          role,
          startDate: participation.start_date,
          endDate: participation.end_date,
          hoursPerWeek: participation.hours_per_week,
        },
      ];
    });
  }

  /** Unnamed resources: the roles the workspace holds open. */
  private async openAssignments(
    resources: PsaWorkspaceResource[],
  ): Promise<PsaOpenAssignmentDto[]> {
    const unnamed = resources.filter((resource) => !resource.user_id);
    const roles = await this.directory.roleIndex(unnamed.map((resource) => resource.role_id));
    return unnamed.flatMap((resource) => {
      const role = roles.byId.get(resource.role_id)?.code;
      if (!role || !resource.start_date || !resource.end_date) return [];
      return [
        {
          label: resource.label,
          role,
          startDate: resource.start_date,
          endDate: resource.end_date,
          hoursPerWeek: resource.hours_per_week,
        },
      ];
    });
  }
}

export function milestoneOf(
  projectId: string,
  milestoneId: string,
  story: PsaStory,
  currency: string,
): PsaMilestoneDto {
  return {
    id: milestoneId,
    project: projectId,
    name: story.title,
    amount: Money.fromMinor(story.budget_estimate_in_cents ?? 0, currency).toJSON(),
    dueDate: story.due_date ?? '',
    completed: story.state === 'completed',
  };
}
