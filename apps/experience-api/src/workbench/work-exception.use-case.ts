import { Injectable } from '@nestjs/common';
import { unwrap } from '@p2c/clients';
import type { ExceptionNoteDto } from '@p2c/flow';
import type { AuthenticatedPrincipal } from '@p2c/security';
import type { WorkbenchExceptionDto } from './dto/workbench-exception.dto';
import type { WorkbenchRetryAcceptedDto } from './dto/workbench-retry-accepted.dto';
import { ProcessWorkbenches } from './process-workbenches';
import { relayed } from './relayed';

/** What a person does to one case: the change as the workbench passes it to the case's app. */
export type CaseAction =
  | { kind: 'assign'; assignee: string }
  | { kind: 'dismiss'; reason: string }
  | { kind: 'resolve'; resolution: string };

/**
 * One case, looked at or worked in the app that holds it (found once, then remembered), once the
 * user is seen to work its owner group's cases; the app audits the user.
 */
@Injectable()
export class WorkExceptionUseCase {
  constructor(private readonly workbenches: ProcessWorkbenches) {}

  get(id: string, principal?: AuthenticatedPrincipal): Promise<WorkbenchExceptionDto> {
    return this.workbenches.workable(id, principal);
  }

  async change(
    id: string,
    action: CaseAction,
    principal?: AuthenticatedPrincipal,
  ): Promise<WorkbenchExceptionDto> {
    const { app } = await this.workbenches.workable(id, principal);
    const client = this.workbenches.client(app);
    const path = { params: { path: { id } } };
    const changed = await relayed(
      unwrap(
        action.kind === 'assign'
          ? client.POST('/exceptions/{id}/assign', { ...path, body: { assignee: action.assignee } })
          : action.kind === 'dismiss'
            ? client.POST('/exceptions/{id}/dismiss', { ...path, body: { reason: action.reason } })
            : client.POST('/exceptions/{id}/resolve', {
                ...path,
                body: { resolution: action.resolution },
              }),
      ),
    );
    return { ...changed, app };
  }

  async note(
    id: string,
    text: string,
    principal?: AuthenticatedPrincipal,
  ): Promise<ExceptionNoteDto> {
    const { app } = await this.workbenches.workable(id, principal);
    return relayed(
      unwrap(
        this.workbenches.client(app).POST('/exceptions/{id}/notes', {
          params: { path: { id } },
          body: { text },
        }),
      ),
    );
  }

  async retry(id: string, principal?: AuthenticatedPrincipal): Promise<WorkbenchRetryAcceptedDto> {
    const { app } = await this.workbenches.workable(id, principal);
    const accepted = await relayed(
      unwrap(
        this.workbenches.client(app).POST('/exceptions/{id}/retry', { params: { path: { id } } }),
      ),
    );
    return { app, exception: id, accepted: { ...accepted } };
  }
}
