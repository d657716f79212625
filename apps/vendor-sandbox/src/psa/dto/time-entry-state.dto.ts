import { ApiProperty } from '@nestjs/swagger';
import type { PsaRecord } from '../psa-record';

export class TimeEntryStateDto {
  @ApiProperty({ description: 'PSA time entry id', example: '100000001' })
  id: string;

  @ApiProperty({ description: 'Its version after the change', example: 3 })
  version: number;

  @ApiProperty({ description: 'Whether it is approved now', example: true })
  approved: boolean;

  static of(entry: PsaRecord): TimeEntryStateDto {
    return {
      id: String(entry.id),
      version: Number(entry.version),
      approved: entry.approved === true,
    };
  }
}
