import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class ForecastProjectIdParamsDto {
  @ApiProperty({ description: 'Canonical project id.', example: 'PRJ-006NW000101' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, { message: 'id must be a project id' })
  id: string;
}
