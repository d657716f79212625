import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class DeliveryDashboardQueryDto {
  @ApiPropertyOptional({
    description: 'The month utilisation is measured over (default: the current month, UTC).',
    example: '2026-11',
  })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'period must be a month written YYYY-MM' })
  period?: string;
}
