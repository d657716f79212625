import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { GATEWAY_ID_PATTERN } from '@p2c/canonical';

export class ProvisionalProjectIdParamsDto {
  @ApiProperty({ description: 'Canonical project id.', example: 'prj_5b7d40e2' })
  @Matches(GATEWAY_ID_PATTERN, { message: 'id must be a project id' })
  id: string;
}
