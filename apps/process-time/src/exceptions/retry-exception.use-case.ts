import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedPrincipal } from '@p2c/security';
import { recordAudit, sqlRows } from '@p2c/flow';
import type { RetryAcceptedDto } from './dto/retry-accepted.dto';
import { ExceptionRetries } from './exception-retries';
import { TIME_FLOW } from './time-exceptions';
import { ProcessTimeErrorCode, ProcessTimeException } from '../common/process-time.exception';

/** `POST /exceptions/{id}/retry`: replays the stopped posting (see ExceptionRetries), audited. */
@Injectable()
export class RetryExceptionUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly retries: ExceptionRetries,
  ) {}

  execute(id: string, actor: AuthenticatedPrincipal | undefined): Promise<RetryAcceptedDto> {
    return this.dataSource.transaction(async (manager) => {
      const [found] = await sqlRows<{ status: string; reasonCode: string }>(
        manager,
        `SELECT status, reason_code AS "reasonCode" FROM exceptions
          WHERE id = $1 AND flow = $2 FOR UPDATE`,
        [id, TIME_FLOW],
      );
      if (!found)
        throw new ProcessTimeException(
          ProcessTimeErrorCode.NOT_FOUND,
          `process-time has no exception ${id}.`,
        );
      if (found.status === 'resolved' || found.status === 'dismissed')
        throw new ProcessTimeException(
          ProcessTimeErrorCode.EXCEPTION_CLOSED,
          `Exception ${id} is ${found.status}; there is nothing to retry.`,
        );
      const postingId = await this.retries.requeue(manager, id);
      if (!postingId)
        throw new ProcessTimeException(
          ProcessTimeErrorCode.NOT_RETRYABLE,
          `Exception ${id} names no posting to replay.`,
        );
      await recordAudit(manager, {
        actor: actor?.subject ?? 'anonymous',
        action: 'exception.retry',
        subjectType: 'exception',
        subjectId: id,
        before: { status: found.status, reasonCode: found.reasonCode },
        after: { status: 'retrying', postingId },
      });
      return { exception: id, posting: postingId, status: 'retrying' as const };
    });
  }
}
