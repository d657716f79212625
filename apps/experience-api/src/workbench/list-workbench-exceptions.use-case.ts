import { Injectable } from '@nestjs/common';
import { ProcessTimeApi, unwrap } from '@p2c/clients';
import type { ListExceptionCasesQueryDto } from '@p2c/flow';
import { Keyset, UUID_KEY, decodeCursor } from '@p2c/platform';
import type { AuthenticatedPrincipal } from '@p2c/security';
import type { WorkbenchExceptionPageDto } from './dto/workbench-exception-page.dto';
import type { WorkbenchExceptionDto } from './dto/workbench-exception.dto';
import { ProcessWorkbenches } from './process-workbenches';
import { relayed } from './relayed';
import { WORKBENCH_APPS, WorkbenchApp } from './workbench-apps';

/** The list's query as every process app takes it (the same DTO in each). */
type AppListQuery = NonNullable<
  ProcessTimeApi.operations['listTimeExceptions']['parameters']['query']
>;

interface Listed {
  app: WorkbenchApp;
  item: Omit<WorkbenchExceptionDto, 'app'>;
  keyset: Keyset;
}

/**
 * Every process app's cases the user may see (delivery: delivery's), as one list. Each app is asked for a page with the same filters,
 * sort and cursor; their pages are merged by the sort's keyset (time, then case id: ids are
 * unique across apps) and cut to the page size. The next cursor is the last case's own cursor,
 * which every app reads the same way, so the next page starts right after it in each app.
 */
@Injectable()
export class ListWorkbenchExceptionsUseCase {
  constructor(private readonly workbenches: ProcessWorkbenches) {}

  async execute(
    query: ListExceptionCasesQueryDto,
    principal: AuthenticatedPrincipal | undefined,
  ): Promise<WorkbenchExceptionPageDto> {
    const order = `${query.sort}:${query.order}`;
    const ownerGroup = this.workbenches.ownerGroupFor(query.ownerGroup, principal);
    const pages = await Promise.all(
      WORKBENCH_APPS.map(async (app) => ({
        app,
        page: await relayed(
          unwrap(
            this.workbenches.client(app).GET('/exceptions', {
              // the DTO validated the reason against the catalogue the apps share
              params: {
                query: {
                  ...query,
                  ownerGroup: ownerGroup as AppListQuery['ownerGroup'],
                  reason: query.reason as AppListQuery['reason'],
                },
              },
            }),
          ),
        ),
      })),
    );
    const merged: Listed[] = pages.flatMap(({ app, page }) =>
      page.items.map((item) => ({
        app,
        item,
        keyset: decodeCursor(item.cursor, UUID_KEY, order)!,
      })),
    );
    const direction = query.order === 'asc' ? 1 : -1;
    merged.sort((a, b) => direction * compareKeysets(a.keyset, b.keyset));
    const items = merged.slice(0, query.limit);
    const more = merged.length > query.limit || pages.some(({ page }) => page.nextCursor);
    return {
      items: items.map(({ app, item }) => ({ ...item, app })),
      nextCursor: more ? items.at(-1)?.item.cursor : undefined,
    };
  }
}

/** Keys are times to the microsecond in one format, so they compare as text. */
function compareKeysets(a: Keyset, b: Keyset): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
