import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { DIMENSION_CODE_PATTERN } from '@p2c/canonical';

/** A payment sync to run now: one legal entity's open invoices, or every entity's. */
export class SyncPaymentsDto {
  @ApiPropertyOptional({
    description: 'Legal entity code; every legal entity when left out.',
    example: 'NWA-US',
  })
  @IsOptional()
  @Matches(DIMENSION_CODE_PATTERN, { message: 'legalEntity must be a dimension code' })
  legalEntity?: string;
}
