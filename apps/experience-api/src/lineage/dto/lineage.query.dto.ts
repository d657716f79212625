import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID, Matches, ValidateIf } from 'class-validator';

/** `psa:time-entry:31000017` or `psa:expense:41000003`. */
export const LINEAGE_SOURCE = /^psa:(time-entry|expense):([A-Za-z0-9][A-Za-z0-9._-]{0,63})$/;

export class LineageQueryDto {
  @ApiPropertyOptional({
    description:
      'Where the chain starts: `psa:time-entry:{PSA id}` or `psa:expense:{PSA id}`. Give this or `invoice`.',
    example: 'psa:time-entry:31000017',
  })
  @ValidateIf((query: LineageQueryDto) => query.invoice === undefined)
  @Matches(LINEAGE_SOURCE, {
    message: 'source must be psa:time-entry:{id} or psa:expense:{id}',
  })
  source?: string;

  @ApiPropertyOptional({
    description:
      'An invoice (its billing event id): what it bills, and its payments. Give this or `source`.',
    example: '5f0c1a8e-2b7d-4c39-9e61-0d4a7b3c2e15',
  })
  @ValidateIf((query: LineageQueryDto) => query.invoice !== undefined)
  @IsUUID('all', { message: 'invoice must be an invoice id' })
  invoice?: string;
}
