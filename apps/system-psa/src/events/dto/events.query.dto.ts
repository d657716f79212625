import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';
import { PsaPassQueryDto } from '@p2c/canonical';

export class EventsQueryDto extends PsaPassQueryDto('Events') {
  @ApiPropertyOptional({
    description:
      'Without a cursor: only events after this instant (the PSA’s clock); absent: all it keeps (9 days).',
    example: '2026-11-20T00:00:00Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  since?: string;
}
