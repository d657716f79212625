import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, Matches } from 'class-validator';
import { SOURCE_ID_PATTERN } from '@p2c/canonical';

export const LINEAGE_SOURCE_TYPES = ['time_entry', 'expense'] as const;

export class TimeLineageQueryDto {
  @ApiProperty({ description: 'The entry’s source system.', enum: ['psa'], example: 'psa' })
  @IsIn(['psa'])
  sourceSystem: 'psa';

  @ApiPropertyOptional({
    description: 'A time entry (default) or an expense.',
    enum: LINEAGE_SOURCE_TYPES,
    default: 'time_entry',
  })
  @IsOptional()
  @IsIn(LINEAGE_SOURCE_TYPES)
  sourceType: (typeof LINEAGE_SOURCE_TYPES)[number] = 'time_entry';

  @ApiProperty({
    description: 'The source’s id of the entry (repeat the parameter for several, at most 100).',
    type: [String],
    example: ['31000017'],
  })
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value : [value]))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(SOURCE_ID_PATTERN, { each: true, message: 'sourceId must be source record ids' })
  sourceId: string[];
}
