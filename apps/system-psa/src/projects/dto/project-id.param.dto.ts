import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ProjectIdParamDto {
  @ApiProperty({ description: 'Canonical project id.', example: 'PRJ-006NW000102' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  id: string;
}
