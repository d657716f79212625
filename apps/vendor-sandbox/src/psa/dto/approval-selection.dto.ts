import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  Equals,
  IsArray,
  IsOptional,
  IsString,
} from 'class-validator';

/** Either `ids` or `all: true`. */
export class ApprovalSelectionDto {
  @ApiPropertyOptional({ description: 'PSA ids to approve', example: ['100000001'] })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(50_000)
  @IsString({ each: true })
  ids?: string[];

  @ApiPropertyOptional({ description: 'true: everything not yet approved', example: true })
  @IsOptional()
  @Equals(true)
  all?: true;
}
