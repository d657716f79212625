import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';
import type { ProcessBillingApi } from '@p2c/clients';

/** One side's figures of a project and type. */
export class ReconciliationFigureDto implements ProcessBillingApi.SchemaReconciliationFigureDto {
  @ApiProperty({
    description: 'Entries (time entries, expenses, items, milestones or fees).',
    example: 40,
  })
  count: number;

  @ApiPropertyOptional({ description: 'Time: minutes, exact.', example: 18000 })
  minutes?: number;

  @ApiPropertyOptional({ description: 'Time: the same as decimal hours.', example: '300' })
  hours?: string;

  @ApiPropertyOptional({ description: 'The amount, where the side holds one.', type: MoneyDto })
  amount?: MoneyDto;
}
