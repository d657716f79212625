import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';

/** One side's figures of a project and type. */
export class ReconciliationFigureDto {
  @ApiProperty({
    description: 'Entries (time entries, expenses, billing items, milestones or fees).',
    example: 40,
  })
  count: number;

  @ApiPropertyOptional({ description: 'Time: minutes, exact.', example: 18000 })
  minutes?: number;

  @ApiPropertyOptional({ description: 'Time: the same as decimal hours.', example: '300' })
  hours?: string;

  @ApiPropertyOptional({
    description:
      'The amount, where the side holds one: time at its billable value (the PSA’s time has none), expenses at what was spent (billed, invoiced and paid with the markup), milestones and fees at what they bill.',
    type: MoneyDto,
  })
  amount?: MoneyDto;
}
