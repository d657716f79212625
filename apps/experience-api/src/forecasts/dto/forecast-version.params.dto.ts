import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { ForecastProjectIdParamsDto } from './forecast-project-id.params.dto';

export class ForecastVersionParamsDto extends ForecastProjectIdParamsDto {
  @ApiProperty({ description: 'The version’s number.', example: 1, type: 'integer', minimum: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  version: number;
}
