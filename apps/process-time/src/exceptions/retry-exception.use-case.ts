import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedPrincipal } from '@p2c/security';
import { CaseRetry, WorkableCases, recordAudit } from '@p2c/flow';
import type { RetryAcceptedDto } from './dto/retry-accepted.dto';
import { ExceptionRetries } from './exception-retries';
import { ProcessTimeErrorCode, ProcessTimeException } from '../common/process-time.exception';

/** `POST /exceptions/{id}/retry`: replays the stopped posting (see ExceptionRetries), audited. */
@Injectable()
export class RetryExceptionUseCase implements CaseRetry {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workable: WorkableCases,
    private readonly retries: ExceptionRetries,
  ) {}

  execute(id: string, actor: AuthenticatedPrincipal | undefined): Promise<RetryAcceptedDto> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.workable.open(manager, id, actor);
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
