import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { CursorPageQuery, DIMENSION_CODE_PATTERN } from '@p2c/canonical';
import { BILLING_EVENT_STATUSES, BillingEventStatus } from '@p2c/persistence';

export class ListBillingEventsQueryDto extends CursorPageQuery({
  defaultLimit: 50,
  maxLimit: 200,
}) {
  @ApiPropertyOptional({
    description:
      'Only this status, in either case: `PENDING_APPROVAL` lists what waits for finance’s approval.',
    enum: BILLING_EVENT_STATUSES,
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.toLowerCase() : value,
  )
  @IsIn(BILLING_EVENT_STATUSES)
  status?: BillingEventStatus;

  @ApiPropertyOptional({ description: 'Only this legal entity.', example: 'NWA-US' })
  @IsOptional()
  @Matches(DIMENSION_CODE_PATTERN, { message: 'legalEntity must be a dimension code' })
  legalEntity?: string;

  @ApiPropertyOptional({ description: 'Only this canonical project.', example: 'PRJ-006NW000101' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  project?: string;

  @ApiPropertyOptional({ description: 'Only the events of this billing run.' })
  @IsOptional()
  @IsUUID('all', { message: 'run must be a billing run id' })
  run?: string;
}
