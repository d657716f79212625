import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { ERP_EXTERNAL_ID_PATTERN } from '@p2c/canonical';

/** A canonical worker id (the HCM employee id) in the path. */
export class WorkerParamsDto {
  @ApiProperty({ description: 'Canonical worker id (HCM employee id).', example: 'E1001' })
  @Matches(ERP_EXTERNAL_ID_PATTERN, { message: 'worker must be a canonical id' })
  worker: string;
}
