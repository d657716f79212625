import { ApiProperty } from '@nestjs/swagger';
import type { ProcessForecastApi } from '@p2c/clients';

/** What started the recomputation that made a version. */
export class ForecastTriggerDto implements ProcessForecastApi.SchemaForecastTriggerDto {
  @ApiProperty({
    description:
      'event: a business or PSA event; schedule: the nightly recomputation or the PSA feed pass; request: someone asked.',
    enum: ['event', 'schedule', 'request'],
    example: 'event',
  })
  kind: 'event' | 'schedule' | 'request';

  @ApiProperty({
    description: 'The event type or the schedule’s name.',
    type: String,
    nullable: true,
    example: 'STAFFING_CHANGED',
  })
  type: string | null;

  @ApiProperty({
    description: 'The event’s id, or who asked.',
    type: String,
    nullable: true,
    example: 'evt_41872_0007',
  })
  id: string | null;
}
