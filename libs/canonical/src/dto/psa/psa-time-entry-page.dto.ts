import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { PsaPassPageDto } from './psa-pass-page.dto';
import { PsaTimeEntryDto } from './psa-time-entry.dto';

/** One page of a pass over the PSA's time entries changed since a point in time. */
export class PsaTimeEntryPageDto extends PsaPassPageDto {
  @ApiProperty({
    description: 'The time entries of this page.',
    type: [PsaTimeEntryDto],
    maxItems: 500,
  })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PsaTimeEntryDto)
  items: PsaTimeEntryDto[];
}
