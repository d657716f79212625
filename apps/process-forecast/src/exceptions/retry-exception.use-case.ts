import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CaseRetry, ExceptionCases, WorkableCases, recordAudit } from '@p2c/flow';
import { OutboxRelay, QueueName, addToOutbox } from '@p2c/messaging';
import type { AuthenticatedPrincipal } from '@p2c/security';
import { MARGIN_STEP, PRICING_STEP } from '../common/forecast-flow';
import {
  ProcessForecastErrorCode,
  ProcessForecastException,
} from '../common/process-forecast.exception';
import { RECOMPUTE_PROJECT, RecomputeProjectJobData } from '../intake/forecast-intake.job';
import type { ForecastRetryAcceptedDto } from './dto/forecast-retry-accepted.dto';

/**
 * `POST /exceptions/{id}/retry`, audited: once the cause is dealt with in the PSA, the CRM or the
 * HCM (restaffed, a rate added), the case's project is recomputed (a `recompute-project` job,
 * through the outbox in the case's transaction). The case is `retrying` until then: resolved if
 * the cause is gone, open again if not. A case that names no project's margin or pricing is
 * 409 NOT_RETRYABLE.
 */
@Injectable()
export class RetryExceptionUseCase implements CaseRetry {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workable: WorkableCases,
    private readonly cases: ExceptionCases,
    private readonly relay: OutboxRelay,
  ) {}

  async execute(
    id: string,
    principal: AuthenticatedPrincipal | undefined,
  ): Promise<ForecastRetryAcceptedDto> {
    const actor = principal?.subject ?? 'anonymous';
    const project = await this.dataSource.transaction(async (manager) => {
      const found = await this.workable.open(manager, id, principal);
      if (found.subjectType !== 'project' || ![MARGIN_STEP, PRICING_STEP].includes(found.step))
        throw new ProcessForecastException(
          ProcessForecastErrorCode.NOT_RETRYABLE,
          `Exception ${id} names no project whose forecast a recomputation could settle; resolve or dismiss it by hand.`,
        );
      await this.cases.retryingCase(manager, id);
      await addToOutbox<RecomputeProjectJobData>(manager, {
        queue: QueueName.ForecastIntake,
        name: RECOMPUTE_PROJECT,
        payload: {
          project: found.subjectId,
          trigger: { kind: 'request', type: 'exception.retry', id: actor },
        },
      });
      await recordAudit(manager, {
        actor,
        action: 'exception.retry',
        subjectType: 'exception',
        subjectId: id,
        before: { status: found.status, reasonCode: found.reasonCode },
        after: { status: 'retrying', project: found.subjectId },
      });
      return found.subjectId;
    });
    this.relay.publishNow();
    return { exception: id, project, status: 'retrying' };
  }
}
