import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CursorPageQuery, DIMENSION_CODE_PATTERN, SOURCE_ID_PATTERN } from '@p2c/canonical';
import { POSTING_KINDS, POSTING_STATUSES } from './posting.dto';

export class ListPostingsQueryDto extends CursorPageQuery({ defaultLimit: 100, maxLimit: 500 }) {
  @ApiPropertyOptional({ description: 'Only this status.', enum: POSTING_STATUSES })
  @IsOptional()
  @IsIn(POSTING_STATUSES)
  status?: (typeof POSTING_STATUSES)[number];

  @ApiPropertyOptional({ description: 'Only time or only expenses.', enum: POSTING_KINDS })
  @IsOptional()
  @IsIn(POSTING_KINDS)
  kind?: (typeof POSTING_KINDS)[number];

  @ApiPropertyOptional({ description: 'Only this canonical project.', example: 'PRJ-006NW000101' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  project?: string;

  @ApiPropertyOptional({
    description:
      'Only the entry with this id in its source system (a PSA time entry or expense id).',
    example: '31000017',
  })
  @IsOptional()
  @Matches(SOURCE_ID_PATTERN, { message: 'sourceId must be a source system’s record id' })
  sourceId?: string;

  @ApiPropertyOptional({ description: 'Only this legal entity.', example: 'NWA-US' })
  @IsOptional()
  @Matches(DIMENSION_CODE_PATTERN, { message: 'legalEntity must be a dimension code' })
  legalEntity?: string;

  @ApiPropertyOptional({
    description: 'Only what is (true) or is not (false) billed to the customer.',
    example: true,
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean()
  billable?: boolean;

  @ApiPropertyOptional({
    description:
      'Only accounting periods up to and including this month (YYYY-MM): a billing run’s period and every earlier one.',
    example: '2026-11',
  })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'periodTo must be a month written YYYY-MM' })
  periodTo?: string;
}
