import { ApiProperty } from '@nestjs/swagger';
import { WORKBENCH_APPS, WorkbenchApp } from '../workbench-apps';

/** A case's retry as the app that holds it accepted it. */
export class WorkbenchRetryAcceptedDto {
  @ApiProperty({
    description: 'The process app that retries it.',
    enum: WORKBENCH_APPS,
    example: 'process-time',
  })
  app: WorkbenchApp;

  @ApiProperty({
    description: 'The case retried.',
    example: '0b6f3c52-9a55-4d1e-9c1e-3d5a1f0e2b7a',
  })
  exception: string;

  @ApiProperty({
    description:
      'What the app answered: what it queued again (the posting, the onboarding, the invoice or run, the project whose forecast is recomputed).',
    type: 'object',
    additionalProperties: true,
    example: {
      exception: '0b6f3c52-9a55-4d1e-9c1e-3d5a1f0e2b7a',
      posting: 'psa-time-31000017',
      status: 'retrying',
    },
  })
  accepted: Record<string, unknown>;
}
