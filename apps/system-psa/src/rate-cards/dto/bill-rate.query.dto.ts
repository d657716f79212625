import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from '@p2c/canonical';

export class BillRateQueryDto {
  @ApiProperty({ description: 'Role code.', example: 'ANALYST' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  role: string;

  @ApiProperty({ description: 'The work date.', example: '2026-10-31' })
  @IsCalendarDate()
  date: string;
}
