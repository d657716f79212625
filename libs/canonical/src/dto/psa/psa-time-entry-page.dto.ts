import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, IsString, ValidateNested } from 'class-validator';
import { PsaTimeEntryDto } from './psa-time-entry.dto';

/** One page of a pass over the PSA's time entries changed since a point in time. */
export class PsaTimeEntryPageDto {
  @ApiProperty({
    description: 'The time entries of this page.',
    type: [PsaTimeEntryDto],
    maxItems: 500,
  })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PsaTimeEntryDto)
  items: PsaTimeEntryDto[];

  @ApiPropertyOptional({
    description: 'Pass as `cursor` for the rest of this pass; absent once the pass is complete.',
    example: 'eyJsaXN0Ijoid29yayJ9',
  })
  @IsOptional()
  @IsString()
  nextCursor?: string;

  @ApiProperty({
    description:
      'Store it and pass it as `cursor` to resume: mid-pass it continues the pass; after the last page it starts the next pass, which reads again everything changed since this one began (so nothing is missed; de-duplicate on source id and version).',
    example: 'eyJsaXN0Ijoid29yayJ9',
  })
  @IsString()
  checkpoint: string;
}
