import { Injectable } from '@nestjs/common';
import { ApiClient, ApiProblemError, InjectApiClient, unwrap } from '@p2c/clients';
import { workableOwnerGroups } from '@p2c/flow';
import { ReasonException } from '@p2c/platform';
import { AuthenticatedPrincipal, SecurityErrorCode, SecurityException } from '@p2c/security';
import type { WorkbenchExceptionDto } from './dto/workbench-exception.dto';
import { relayed } from './relayed';
import { WORKBENCH_APPS, WorkbenchApp } from './workbench-apps';

/** How many case owners are remembered (a case never moves between apps). */
const OWNERS_KEPT = 50_000;

/**
 * The process apps' workbenches as the experience API calls them. Its service tokens name the
 * user (the apps audit that user) but carry the service role's rights, so whose cases a user may
 * see and work is decided here first: admin and finance every case, delivery only delivery's.
 * Finds which app holds a case by asking them all (case ids are unique across apps) and
 * remembers it.
 */
@Injectable()
export class ProcessWorkbenches {
  private readonly clients: Record<WorkbenchApp, ApiClient<WorkbenchApp>>;
  private readonly owners = new Map<string, WorkbenchApp>();

  constructor(
    @InjectApiClient('process-onboarding') onboarding: ApiClient<'process-onboarding'>,
    @InjectApiClient('process-time') time: ApiClient<'process-time'>,
    @InjectApiClient('process-billing') billing: ApiClient<'process-billing'>,
    @InjectApiClient('process-forecast') forecast: ApiClient<'process-forecast'>,
  ) {
    this.clients = {
      'process-onboarding': onboarding,
      'process-time': time,
      'process-billing': billing,
      'process-forecast': forecast,
    };
  }

  client(app: WorkbenchApp): ApiClient<WorkbenchApp> {
    return this.clients[app];
  }

  /** The owner group a list may be filtered to for the user (delivery: only its own); 403 else. */
  ownerGroupFor(
    asked: string | undefined,
    principal: AuthenticatedPrincipal | undefined,
  ): string | undefined {
    const groups = workableOwnerGroups(principal);
    if (asked && !groups.some((group) => group === asked))
      throw new SecurityException(
        SecurityErrorCode.Forbidden,
        `This token does not work the cases of ${asked}.`,
      );
    return asked ?? (groups.length === 1 ? groups[0] : undefined);
  }

  /** The case as its app holds it, if the user may work it (403 FORBIDDEN otherwise). */
  async workable(
    id: string,
    principal: AuthenticatedPrincipal | undefined,
  ): Promise<WorkbenchExceptionDto> {
    const app = await relayed(this.ownerOf(id));
    const found = await relayed(
      unwrap(this.clients[app].GET('/exceptions/{id}', { params: { path: { id } } })),
    );
    if (!workableOwnerGroups(principal).some((group) => group === found.ownerGroup))
      throw new SecurityException(
        SecurityErrorCode.Forbidden,
        `Exception ${id} is owned by ${found.ownerGroup}; this token does not work its cases.`,
      );
    return { ...found, app };
  }

  /** The app that holds the case: remembered, or the one of them that does not answer 404. */
  private async ownerOf(id: string): Promise<WorkbenchApp> {
    const known = this.owners.get(id);
    if (known) return known;
    const answers = await Promise.allSettled(
      WORKBENCH_APPS.map((app) =>
        this.clients[app].GET('/exceptions/{id}', { params: { path: { id } } }),
      ),
    );
    const holder = WORKBENCH_APPS.find((_, i) => answers[i].status === 'fulfilled');
    if (!holder) {
      const failed = answers.find(
        (answer): answer is PromiseRejectedResult =>
          answer.status === 'rejected' &&
          !(answer.reason instanceof ApiProblemError && answer.reason.status === 404),
      );
      // an app that could not answer may hold it: say so rather than 404
      if (failed) throw failed.reason;
      throw new ReasonException('NOT_FOUND', `No process app holds exception ${id}.`);
    }
    if (this.owners.size >= OWNERS_KEPT) this.owners.delete(this.owners.keys().next().value!);
    this.owners.set(id, holder);
    return holder;
  }
}
