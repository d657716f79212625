import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { StaffingAdditionDto } from './staffing-addition.dto';

/** A resource manager's edit of one project's staffing: who leaves, who joins. */
export class StaffingChangeDto {
  @ApiProperty({
    description: 'The CRM opportunity whose workspace is restaffed',
    example: '006NW000105',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  opportunity: string;

  @ApiPropertyOptional({
    description: 'HCM employee numbers of staffed workers to take off the workspace',
    example: ['E1019'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  remove?: string[];

  @ApiPropertyOptional({ description: 'Workers to staff', type: [StaffingAdditionDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => StaffingAdditionDto)
  add?: StaffingAdditionDto[];
}
