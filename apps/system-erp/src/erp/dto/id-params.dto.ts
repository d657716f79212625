import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { ERP_EXTERNAL_ID_PATTERN } from '@p2c/canonical';

/** A canonical id in the path: it is also the ERP record's external id. */
export class IdParamsDto {
  @ApiProperty({ description: 'Canonical id.', example: 'P-006NW000101' })
  @Matches(ERP_EXTERNAL_ID_PATTERN, {
    message: 'id must be a canonical id (letters, digits, . _ : @ -)',
  })
  id: string;
}
