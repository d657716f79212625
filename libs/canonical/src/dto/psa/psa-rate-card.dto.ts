import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsString, ValidateNested } from 'class-validator';
import { PsaRateCardLineDto } from './psa-rate-card-line.dto';

/** A rate card: bill rates per role, effective-dated. */
export class PsaRateCardDto {
  @ApiProperty({ description: 'Rate card code.', example: 'RC-STD-USD' })
  @IsString()
  code: string;

  @ApiProperty({ description: 'ISO 4217 currency it bills in.', example: 'USD' })
  @IsString()
  currency: string;

  @ApiProperty({
    description: 'Every line, by role and then start date.',
    type: [PsaRateCardLineDto],
    maxItems: 1000,
  })
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => PsaRateCardLineDto)
  lines: PsaRateCardLineDto[];
}
