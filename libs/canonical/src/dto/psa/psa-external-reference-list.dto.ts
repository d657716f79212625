import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { PsaExternalReferenceDto } from './psa-external-reference.dto';

export class PsaExternalReferenceListDto {
  @ApiProperty({
    description: 'The links found (those of PSA records the gateway can name).',
    type: [PsaExternalReferenceDto],
    maxItems: 1000,
  })
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => PsaExternalReferenceDto)
  items: PsaExternalReferenceDto[];
}
