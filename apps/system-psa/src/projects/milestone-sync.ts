import { Injectable } from '@nestjs/common';
import { Money, PsaMilestoneInputDto } from '@p2c/canonical';
import { CreateOnce } from '../psa/create-once';
import { PsaApi } from '../psa/psa-api';
import { PsaExternalReferences } from '../psa/psa-external-references';
import { PsaEntity, PsaLinks } from '../psa/psa-links';
import type { PsaExternalReference, PsaStory, PsaWorkspace } from '../psa/psa-records';
import { PsaSettings } from '../psa/psa-settings';
import { SystemPsaErrorCode, SystemPsaException } from '../psa/system-psa.exception';

/** The external reference that names a milestone story's canonical milestone. */
export const MILESTONE_MODEL = 'Milestone';

/** What the PSA holds for a workspace's milestones, read once before anything is written. */
export interface MilestonePlan {
  workspace: PsaWorkspace;
  stories: PsaStory[];
  /** canonical milestone id → its story */
  byMilestone: Map<string, PsaStory>;
  /** canonical milestone ids that already have their external reference */
  referenced: Set<string>;
  /** stories of canonical milestones to remove */
  removals: Map<string, PsaStory>;
  /** a change sets existing milestones to the new values; a (repeated) create leaves them */
  updateExisting: boolean;
}

/** `create`: add what is missing; `change`: the given set replaces the old one. */
export type MilestoneSyncMode = 'create' | 'change';

/**
 * Keeps a workspace's milestone stories in step with a canonical milestone set. Each story is
 * found before it is made: by its cross-reference, by its external reference, or — when a create
 * got no further than the story — by an unclaimed milestone story of the same title.
 */
@Injectable()
export class MilestoneSync {
  constructor(
    private readonly api: PsaApi,
    private readonly links: PsaLinks,
    private readonly references: PsaExternalReferences,
    private readonly createOnce: CreateOnce,
    private readonly settings: PsaSettings,
  ) {}

  /** Reads the PSA and refuses, before any write, what cannot be done. */
  async plan(
    workspace: PsaWorkspace,
    milestones: PsaMilestoneInputDto[],
    mode: MilestoneSyncMode,
  ): Promise<MilestonePlan> {
    assertMilestoneCurrency(milestones, workspace.currency);
    const stories = await this.api.all<PsaStory>('stories', {
      workspace_id: workspace.id,
      story_type: 'milestone',
    });
    const linked = await this.links.canonicalIds(
      PsaEntity.Milestone,
      stories.map((story) => story.id),
    );
    const references = await this.referencesOf(milestones.map((milestone) => milestone.id));
    const byId = new Map(stories.map((story) => [story.id, story]));
    const byMilestone = new Map<string, PsaStory>();
    for (const [storyId, milestoneId] of linked) byMilestone.set(milestoneId, byId.get(storyId)!);
    for (const reference of references) {
      const story = byId.get(reference.subject_id);
      if (story && !byMilestone.has(reference.service_model_ref))
        byMilestone.set(reference.service_model_ref, story);
    }
    const listed = new Set(milestones.map((milestone) => milestone.id));
    const removals = new Map(
      mode === 'change' ? [...byMilestone].filter(([milestoneId]) => !listed.has(milestoneId)) : [],
    );
    const completed = [...removals].filter(([, story]) => story.state === 'completed');
    if (completed.length > 0)
      throw new SystemPsaException(
        SystemPsaErrorCode.MILESTONE_COMPLETED,
        `Milestone(s) ${completed.map(([id]) => id).join(', ')} are completed in the PSA and cannot be removed; keep them in the change.`,
      );
    return {
      workspace,
      stories,
      byMilestone,
      referenced: new Set(references.map((reference) => reference.service_model_ref)),
      removals,
      updateExisting: mode === 'change',
    };
  }

  async apply(plan: MilestonePlan, milestones: PsaMilestoneInputDto[]): Promise<void> {
    const claimed = new Set([...plan.byMilestone.values()].map((story) => story.id));
    for (const milestone of milestones) {
      const known = plan.byMilestone.get(milestone.id);
      const story = !known
        ? await this.create(plan.workspace, milestone, plan.stories, claimed)
        : plan.updateExisting
          ? await this.update(known, milestone)
          : known;
      claimed.add(story.id);
      // the plan looked for every milestone's reference in one call and found none for this one
      if (!plan.referenced.has(milestone.id))
        await this.references.ensure(
          {
            subject_type: 'Story',
            subject_id: story.id,
            service_name: this.settings.gatewayServiceName,
            service_model: MILESTONE_MODEL,
            service_model_ref: milestone.id,
          },
          { knownAbsent: true },
        );
      await this.links.link(PsaEntity.Milestone, milestone.id, story.id);
    }
    for (const [milestoneId, story] of plan.removals) await this.remove(milestoneId, story);
  }

  private async create(
    workspace: PsaWorkspace,
    milestone: PsaMilestoneInputDto,
    known: PsaStory[],
    claimed: Set<string>,
  ): Promise<PsaStory> {
    const adoptable = (stories: PsaStory[]) =>
      stories.find((story) => !claimed.has(story.id) && story.title === milestone.name);
    const initial = adoptable(known);
    if (initial) return this.update(initial, milestone);
    const { record } = await this.createOnce.run(
      async () => {
        const [reference] = await this.referencesOf([milestone.id]);
        if (reference)
          return (await this.api.one<PsaStory>('stories', reference.subject_id))?.record;
        return adoptable(
          await this.api.all<PsaStory>('stories', {
            workspace_id: workspace.id,
            story_type: 'milestone',
          }),
        );
      },
      () =>
        this.api.create<PsaStory>('stories', 'story', {
          workspace_id: workspace.id,
          story_type: 'milestone',
          ...storyFields(milestone),
        }),
      true,
    );
    return this.update(record, milestone);
  }

  private async update(story: PsaStory, milestone: PsaMilestoneInputDto): Promise<PsaStory> {
    const wanted = storyFields(milestone);
    const same =
      story.title === wanted.title &&
      story.budget_estimate_in_cents === wanted.budget_estimate_in_cents &&
      story.due_date === wanted.due_date;
    return same ? story : this.api.update<PsaStory>('stories', 'story', story.id, wanted);
  }

  private async remove(milestoneId: string, story: PsaStory): Promise<void> {
    for (const reference of await this.referencesOf([milestoneId]))
      await this.api.remove('external_references', reference.id);
    await this.api.remove('stories', story.id);
    await this.links.unlink(PsaEntity.Milestone, milestoneId);
  }

  private referencesOf(milestoneIds: string[]): Promise<PsaExternalReference[]> {
    return this.references.find(
      'Story',
      this.settings.gatewayServiceName,
      MILESTONE_MODEL,
      milestoneIds,
    );
  }
}

/** Milestones bill in the project currency. */
export function assertMilestoneCurrency(
  milestones: PsaMilestoneInputDto[],
  currency: string,
): void {
  for (const milestone of milestones)
    if (milestone.amount.currency !== currency)
      throw new SystemPsaException(
        SystemPsaErrorCode.CURRENCY_MISMATCH,
        `Milestone ${milestone.id} is in ${milestone.amount.currency}; the project bills in ${currency}.`,
      );
}

function storyFields(milestone: PsaMilestoneInputDto) {
  return {
    title: milestone.name,
    budget_estimate_in_cents: Money.fromJson(milestone.amount).toMinorNumber(),
    due_date: milestone.dueDate,
  };
}
