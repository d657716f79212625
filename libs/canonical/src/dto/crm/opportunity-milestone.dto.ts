import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';

/** A billing milestone sold with a deal. */
export class OpportunityMilestoneDto {
  @ApiProperty({ description: 'Canonical milestone id (gateway-issued).', example: 'mst_8d2e01c4' })
  @IsString()
  id: string;

  @ApiProperty({ description: 'The CRM milestone record id.', example: 'a03SB0000000001' })
  @IsString()
  crmId: string;

  @ApiProperty({ description: 'What is delivered.', example: 'Discovery sign-off' })
  @IsString()
  name: string;

  @MoneyProperty('What the milestone bills, in the deal currency.', { optional: true })
  amount?: MoneyDto;

  @ApiPropertyOptional({ description: 'When it is due.', example: '2026-11-06' })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string;
}
