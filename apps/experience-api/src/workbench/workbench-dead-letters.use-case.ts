import { Injectable } from '@nestjs/common';
import { unwrap } from '@p2c/clients';
import type { ListDeadLettersQueryDto } from '@p2c/flow';
import { decodeCursor } from '@p2c/platform';
import type { WorkbenchDeadLetterPageDto } from './dto/workbench-dead-letter-page.dto';
import type { WorkbenchDeadLetterReplayedDto } from './dto/workbench-dead-letter-replayed.dto';
import { ProcessWorkbenches } from './process-workbenches';
import { relayed } from './relayed';
import { WORKBENCH_APPS, WorkbenchApp } from './workbench-apps';

/**
 * Every process app's dead letters as one list, the latest first (merged by each one's keyset,
 * as the cases are), each id naming its app; a replay goes to that app, which replays it once.
 */
@Injectable()
export class WorkbenchDeadLettersUseCase {
  constructor(private readonly workbenches: ProcessWorkbenches) {}

  async list(query: ListDeadLettersQueryDto): Promise<WorkbenchDeadLetterPageDto> {
    const pages = await Promise.all(
      WORKBENCH_APPS.map(async (app) => ({
        app,
        page: await relayed(
          unwrap(
            this.workbenches.client(app).GET('/dead-letters', {
              params: { query: { ...query } },
            }),
          ),
        ),
      })),
    );
    const merged = pages
      .flatMap(({ app, page }) =>
        page.items.map((item) => ({ app, item, keyset: decodeCursor(item.cursor)! })),
      )
      .sort((a, b) =>
        a.keyset.key !== b.keyset.key
          ? a.keyset.key < b.keyset.key
            ? 1
            : -1
          : a.keyset.id < b.keyset.id
            ? 1
            : -1,
      );
    const items = merged.slice(0, query.limit);
    const more = merged.length > query.limit || pages.some(({ page }) => page.nextCursor);
    return {
      items: items.map(({ app, item }) => ({ ...item, id: `${app}.${item.id}`, app })),
      nextCursor: more ? items.at(-1)?.item.cursor : undefined,
    };
  }

  async replay(id: string): Promise<WorkbenchDeadLetterReplayedDto> {
    const dot = id.indexOf('.');
    const app = id.slice(0, dot) as WorkbenchApp;
    const replayed = await relayed(
      unwrap(
        this.workbenches.client(app).POST('/dead-letters/{id}/replay', {
          params: { path: { id: id.slice(dot + 1) } },
        }),
      ),
    );
    return { ...replayed, id, app };
  }
}
