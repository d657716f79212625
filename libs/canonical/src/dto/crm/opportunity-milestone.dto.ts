import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, IsString, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';

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

  @ApiPropertyOptional({
    description: 'What the milestone bills, in the deal currency.',
    type: MoneyDto,
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  amount?: MoneyDto;

  @ApiPropertyOptional({ description: 'When it is due.', example: '2026-11-06' })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string;
}
