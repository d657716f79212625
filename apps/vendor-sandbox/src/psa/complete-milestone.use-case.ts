import { Injectable } from '@nestjs/common';
import { WorldService } from '../world/world.service';
import type { PsaRecord } from './psa-record';
import type { PsaState } from './psa-state';
import { CompletedMilestoneDto } from './dto/completed-milestone.dto';
import { PsaAdminErrorCode, PsaAdminException } from './psa-admin.exception';

/**
 * Marks a milestone completed (a `story:completed` event). The id is the PSA story id, or the
 * scenario's milestone id (`MS-102-1`) when an external reference with `subject_type: "Story"`
 * and that `service_model_ref` points at the story.
 */
@Injectable()
export class CompleteMilestoneUseCase {
  constructor(private readonly worlds: WorldService) {}

  execute(id: string): CompletedMilestoneDto {
    const state = this.worlds.current.psa;
    const story = storyOf(state, id);
    if (!story)
      throw new PsaAdminException(PsaAdminErrorCode.MILESTONE_NOT_FOUND, `No milestone ${id}.`);
    if (story.story_type !== 'milestone')
      throw new PsaAdminException(
        PsaAdminErrorCode.NOT_A_MILESTONE,
        `Story ${String(story.id)} is a ${String(story.story_type)}, not a milestone.`,
      );
    const completedNow = story.state !== 'completed';
    if (completedNow) state.update('stories', story, { state: 'completed' });
    return { id: String(story.id), workspaceId: String(story.workspace_id), completedNow };
  }
}

function storyOf(state: PsaState, id: string): PsaRecord | undefined {
  const direct = state.find('stories', id);
  if (direct) return direct;
  for (const reference of state.records('external_references').values())
    if (reference.subject_type === 'Story' && reference.service_model_ref === id)
      return state.find('stories', reference.subject_id);
  return undefined;
}
