import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString } from 'class-validator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';

/** What a project's time adds up to in the ERP, for reconciliation. */
export class TimePostingSummaryDto {
  @ApiProperty({ description: 'Canonical project id.', example: 'P-006NW000101' })
  @IsString()
  project: string;

  @ApiProperty({ description: 'Postings that count (POSTED).', example: 40 })
  @IsInt()
  postings: number;

  @ApiProperty({ description: 'Hours of the postings that count, decimal.', example: '300' })
  @IsString()
  hours: string;

  @ApiProperty({ description: 'Minutes of the postings that count, exact.', example: 18000 })
  @IsInt()
  minutes: number;

  @ApiProperty({ description: 'Of those, billable minutes.', example: 16200 })
  @IsInt()
  billableMinutes: number;

  @MoneyProperty('Sum of the billable postings’ amounts (each rounded as posted).')
  billableAmount: MoneyDto;

  @ApiProperty({ description: 'Postings reversed (no longer counting).', example: 1 })
  @IsInt()
  reversed: number;
}
