import { Injectable } from '@nestjs/common';
import { Money, PsaEventDto, PsaEventType } from '@p2c/canonical';
import { PsaApi } from '../psa/psa-api';
import { PsaEntity, PsaLinks } from '../psa/psa-links';
import type {
  PsaEvent,
  PsaExpense,
  PsaStory,
  PsaTimeEntry,
  PsaWorkspace,
} from '../psa/psa-records';
import { WorkMapper } from '../work/work-mapper';

const TYPES: Record<string, PsaEventType> = {
  'time_entry:approved': 'TIME_ENTRY_APPROVED',
  'time_entry:updated': 'TIME_ENTRY_UPDATED',
  'time_entry:unapproved': 'TIME_ENTRY_WITHDRAWN',
  'time_entry:deleted': 'TIME_ENTRY_DELETED',
  'expense:approved': 'EXPENSE_APPROVED',
  'expense:updated': 'EXPENSE_UPDATED',
  'expense:unapproved': 'EXPENSE_WITHDRAWN',
  'expense:deleted': 'EXPENSE_DELETED',
  'story:completed': 'MILESTONE_COMPLETED',
  'workspace:created': 'PROJECT_CREATED',
  'workspace:updated': 'PROJECT_UPDATED',
  'participation:created': 'STAFFING_CHANGED',
  'participation:deleted': 'STAFFING_CHANGED',
  'workspace_resource:created': 'STAFFING_CHANGED',
  'workspace_resource:deleted': 'STAFFING_CHANGED',
  'rate_card:updated': 'RATE_CARD_CHANGED',
};

/**
 * PSA events (feed entries and webhook bodies alike) in canonical terms. The event carries the
 * record as it was right after the change, so that state — not today's — is what is mapped.
 * Batches ask the PSA and the cross-references once per kind of record.
 */
@Injectable()
export class EventMapper {
  constructor(
    private readonly work: WorkMapper,
    private readonly links: PsaLinks,
    private readonly api: PsaApi,
  ) {}

  async map(events: PsaEvent[]): Promise<PsaEventDto[]> {
    const typed = events.map((event) => ({ event, type: typeOf(event) }));
    // one subject may have several events in a batch (approved v2, updated v3): map each event's own
    const ofKind = <T>(prefix: string) => {
      const chosen = typed.filter(({ type }) => type.startsWith(prefix));
      const records = chosen.map(
        ({ event }) => ({ ...event.payload, id: event.subject_id }) as unknown as T,
      );
      return { events: chosen.map(({ event }) => event), records };
    };
    const byEvent = new Map<PsaEvent, Partial<PsaEventDto>>();
    const time = ofKind<PsaTimeEntry>('TIME_ENTRY_');
    (await this.work.timeEntries(time.records)).forEach((timeEntry, index) =>
      byEvent.set(time.events[index], { timeEntry }),
    );
    const spend = ofKind<PsaExpense>('EXPENSE_');
    (await this.work.expenses(spend.records)).forEach((expense, index) =>
      byEvent.set(spend.events[index], { expense }),
    );
    const done = ofKind<PsaStory>('MILESTONE_');
    const milestones = await this.milestones(done.records);
    done.events.forEach((event, index) =>
      byEvent.set(event, { milestone: milestones.get(done.records[index].id) }),
    );
    const projects = await this.links.projectsOfWorkspaces(
      events.flatMap((event) => {
        const id = workspaceOf(event);
        return id ? [id] : [];
      }),
    );
    return typed.map(({ event, type }) => ({
      id: event.id,
      type,
      occurredAt: event.created_at,
      project: projects.get(workspaceOf(event) ?? ''),
      ...byEvent.get(event),
      ...(type === 'RATE_CARD_CHANGED' && typeof event.payload.title === 'string'
        ? { rateCard: event.payload.title }
        : {}),
    }));
  }

  /** Completed milestone stories the gateway created, by story id. */
  private async milestones(stories: PsaStory[]) {
    const canonical = await this.links.canonicalIds(
      PsaEntity.Milestone,
      stories.map((story) => story.id),
    );
    const linked = stories.filter((story) => canonical.has(story.id));
    const workspaceIds = linked.map((story) => story.workspace_id);
    const currencies = new Map(
      (await this.api.byIds<PsaWorkspace>('workspaces', workspaceIds)).map((w) => [
        w.id,
        w.currency,
      ]),
    );
    const projects = await this.links.projectsOfWorkspaces(workspaceIds);
    return new Map(
      linked.flatMap((story) => {
        const currency = currencies.get(story.workspace_id);
        const project = projects.get(story.workspace_id);
        if (!currency || !project) return [];
        const completedAt = story.updated_at ?? story.created_at ?? '';
        return [
          [
            story.id,
            {
              id: canonical.get(story.id)!,
              project,
              name: story.title,
              amount: Money.fromMinor(story.budget_estimate_in_cents ?? 0, currency).toJSON(),
              completedOn: completedAt.slice(0, 10),
            },
          ] as const,
        ];
      }),
    );
  }
}

function workspaceOf(event: PsaEvent): string | undefined {
  const id = event.subject_type === 'Workspace' ? event.subject_id : event.payload.workspace_id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

function typeOf(event: PsaEvent): PsaEventType {
  const type = TYPES[event.event_type] ?? 'OTHER';
  return type === 'MILESTONE_COMPLETED' && event.payload.story_type !== 'milestone'
    ? 'OTHER'
    : type;
}
