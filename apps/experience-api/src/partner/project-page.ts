import { decodeCursor, encodeCursor } from '@p2c/platform';
import type { PartnerOnboarding } from './partner-projects';

export interface ProjectPage {
  items: PartnerOnboarding[];
  nextCursor?: string;
}

/** Newest first; ties by project id, so the keyset never skips or repeats one. */
const newestFirst = (a: PartnerOnboarding, b: PartnerOnboarding) =>
  b.createdAt.localeCompare(a.createdAt) || b.project.localeCompare(a.project);

/** One page of a partner's projects, after the keyset of `cursor` (as handed out here). */
export function projectPage(
  projects: readonly PartnerOnboarding[],
  query: { limit: number; cursor?: string },
): ProjectPage {
  const after = decodeCursor(query.cursor);
  const rest = [...projects]
    .sort(newestFirst)
    .filter(
      (project) =>
        !after ||
        project.createdAt < after.key ||
        (project.createdAt === after.key && project.project < after.id),
    );
  const items = rest.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rest.length > query.limit && last
        ? encodeCursor({ key: last.createdAt, id: last.project })
        : undefined,
  };
}
