import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsDateString, IsIn, IsNumber, IsOptional, IsString } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';
import { OpportunityMilestoneDto } from './opportunity-milestone.dto';
import { OpportunityMilestones } from './opportunity-milestones.decorator';

export const CHANGE_ORDER_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type ChangeOrderStatus = (typeof CHANGE_ORDER_STATUSES)[number];

/**
 * A change to a won deal. `amountChange` and `hoursChange` are what the change order itself
 * adds; `amount`, `endDate` and `milestones` are the deal's terms as the CRM holds them now, i.e.
 * after the change: what the project on both sides must be brought to.
 */
export class ChangeOrderDto {
  @ApiProperty({
    description: 'Canonical change-order id (gateway-issued).',
    example: 'chg_91aa03d7',
  })
  @IsString()
  id: string;

  @ApiProperty({ description: 'The CRM change-order id.', example: 'a02SB0000000001' })
  @IsString()
  crmId: string;

  @ApiPropertyOptional({
    description: 'Canonical id of the deal it changes.',
    example: 'opp_5b7d40e2',
  })
  @IsOptional()
  @IsString()
  opportunity?: string;

  @ApiPropertyOptional({
    description: 'Name as the CRM shows it.',
    example: 'CO-1: extra data migration',
  })
  @IsOptional()
  @IsString()
  name?: string;

  @ApiProperty({ description: 'Approval state.', enum: CHANGE_ORDER_STATUSES, example: 'APPROVED' })
  @IsIn(CHANGE_ORDER_STATUSES)
  status: ChangeOrderStatus;

  @ApiPropertyOptional({
    description: 'What changes, in words.',
    example: 'Migrate two more warehouses.',
  })
  @IsOptional()
  @IsString()
  description?: string;

  @MoneyProperty('Value the change adds (negative: removes), in the deal currency.', {
    optional: true,
  })
  amountChange?: MoneyDto;

  @ApiPropertyOptional({ description: 'Hours the change adds (negative: removes).', example: 120 })
  @IsOptional()
  @IsNumber()
  hoursChange?: number;

  @ApiPropertyOptional({ description: 'When the change was approved.', example: '2026-11-18' })
  @IsOptional()
  @IsCalendarDate()
  approvedOn?: string;

  @MoneyProperty('The deal\u2019s contract value after the change.', { optional: true })
  amount?: MoneyDto;

  @ApiPropertyOptional({
    description: 'The deal\u2019s last day of work after the change.',
    example: '2027-03-31',
  })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string;

  @OpportunityMilestones('The deal\u2019s milestone set after the change, by due date.')
  milestones: OpportunityMilestoneDto[];

  @ApiProperty({
    description: 'When the CRM last changed the change order.',
    example: '2026-11-20T09:00:00.000Z',
  })
  @IsDateString()
  lastModifiedAt: string;

  @ApiProperty({
    description: 'What the gateway could not read from the CRM records; empty when complete.',
    example: [],
    type: [String],
    maxItems: 50,
  })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  issues: string[];
}
