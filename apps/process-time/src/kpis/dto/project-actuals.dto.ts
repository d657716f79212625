import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MoneyDto } from '@p2c/canonical';

/** What the ERP holds of one project's work in one currency, as process-time posted it. */
export class ProjectActualsDto {
  @ApiProperty({ description: 'Canonical project id.', example: 'prj_5b7d40e2' })
  project: string;

  @ApiProperty({ description: 'Posted time and expenses in it.', example: 96 })
  postings: number;

  @ApiProperty({ description: 'Posted hours (time only), decimal.', example: '712.50' })
  postedHours: string;

  @ApiProperty({ description: 'Of those, billable hours.', example: '690.00' })
  billableHours: string;

  @ApiProperty({
    description: 'Posted cost: time at the cost rates, expenses at cost.',
    type: MoneyDto,
  })
  cost: MoneyDto;

  @ApiProperty({
    description:
      'Posted billable amount: billable time at the bill rates, billable expenses with markup.',
    type: MoneyDto,
  })
  billableAmount: MoneyDto;

  @ApiPropertyOptional({
    description:
      'Actual margin: (billable amount − cost) ÷ billable amount, 4 places, half away from zero; absent with nothing billable.',
    example: '0.3125',
  })
  margin?: string;
}
