import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PSA_SUBJECT_TYPES, PsaSubjectType } from '@p2c/canonical';

/** Either a PSA record (`subjectType` + `subjectId`) or a record elsewhere (`service*`). */
export class ExternalReferencesQueryDto {
  @ApiPropertyOptional({ enum: PSA_SUBJECT_TYPES, example: 'PROJECT' })
  @IsOptional()
  @IsIn(PSA_SUBJECT_TYPES)
  subjectType?: PsaSubjectType;

  @ApiPropertyOptional({ example: 'PRJ-006NW000101' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._:-]{1,64}$/)
  subjectId?: string;

  @ApiPropertyOptional({ example: 'netsuite' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  serviceName?: string;

  @ApiPropertyOptional({ example: 'job' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  serviceModel?: string;

  @ApiPropertyOptional({ example: '4711' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  serviceModelRef?: string;
}
