import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, ValidateNested } from 'class-validator';
import { DimensionProblemDto } from './dimension-problem.dto';

/** Whether the ERP can take a project with these dimensions, and every reason it cannot. */
export class DimensionValidationDto {
  @ApiProperty({ description: 'True when there are no problems.', example: false })
  @IsBoolean()
  valid: boolean;

  @ApiProperty({ description: 'Every problem found.', type: [DimensionProblemDto], maxItems: 10 })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => DimensionProblemDto)
  problems: DimensionProblemDto[];
}
