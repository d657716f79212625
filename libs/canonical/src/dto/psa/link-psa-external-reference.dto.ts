import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PsaSubjectDto } from './psa-subject.dto';

/** A link from a PSA record to a record in another system, e.g. a project's ERP job. */
export class LinkPsaExternalReferenceDto {
  @ApiProperty({ description: 'The PSA record.', type: PsaSubjectDto })
  @ValidateNested()
  @Type(() => PsaSubjectDto)
  subject: PsaSubjectDto;

  @ApiProperty({ description: 'The other system.', example: 'netsuite' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  serviceName: string;

  @ApiProperty({ description: 'The kind of record there.', example: 'job' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  serviceModel: string;

  @ApiProperty({ description: 'Its id there.', example: '4711' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  serviceModelRef: string;

  @ApiPropertyOptional({ description: 'Sync status to show in the PSA.', example: 'synced' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  status?: string;
}
