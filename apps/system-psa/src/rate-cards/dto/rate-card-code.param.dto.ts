import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RateCardCodeParamDto {
  @ApiProperty({ description: 'Rate card code.', example: 'RC-STD-USD' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  code: string;
}
