import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class UtilisationQueryDto {
  @ApiProperty({ description: 'The month, by work date.', example: '2026-11' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period must be a month written YYYY-MM' })
  period: string;
}
