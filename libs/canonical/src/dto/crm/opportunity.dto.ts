import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDateString,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Min,
  ValidateNested,
} from 'class-validator';
import type { BillingModel } from '@p2c/canonical';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';
import { OpportunityAssignmentDto } from './opportunity-assignment.dto';
import { OpportunityMilestoneDto } from './opportunity-milestone.dto';
import { OpportunityMilestones } from './opportunity-milestones.decorator';

export const BILLING_MODELS: readonly BillingModel[] = [
  'TIME_AND_MATERIALS',
  'FIXED_FEE',
  'MILESTONE',
  'RETAINER',
];

/**
 * A deal as the CRM holds it, with what a project is set up from: customer, amount, billing
 * model, dimensions, dates, milestones and planned assignments. Fields the CRM leaves empty (or
 * fills with something the gateway cannot read) are absent and explained in `issues`.
 */
export class OpportunityDto {
  @ApiProperty({
    description: 'Canonical opportunity id (gateway-issued).',
    example: 'opp_5b7d40e2',
  })
  @IsString()
  id: string;

  @ApiProperty({ description: 'The CRM opportunity id.', example: '006NW000101' })
  @IsString()
  crmId: string;

  @ApiPropertyOptional({
    description: 'Canonical customer id of the account.',
    example: 'cus_3f1c9a2b',
  })
  @IsOptional()
  @IsString()
  customer?: string;

  @ApiProperty({ description: 'Deal name.', example: 'Contoso \u2014 ERP selection & roadmap' })
  @IsString()
  name: string;

  @ApiProperty({ description: 'Sales stage as the CRM names it.', example: 'Closed Won' })
  @IsString()
  stage: string;

  @ApiProperty({ description: 'True once the deal is won.', example: true })
  @IsBoolean()
  isWon: boolean;

  @ApiPropertyOptional({
    description: 'When the deal closed (or is expected to).',
    example: '2026-09-26',
  })
  @IsOptional()
  @IsCalendarDate()
  closeDate?: string;

  @MoneyProperty('Contract value, exact, in the deal currency.', { optional: true })
  amount?: MoneyDto;

  @ApiPropertyOptional({
    description: 'How the work is billed.',
    enum: BILLING_MODELS,
    example: 'TIME_AND_MATERIALS',
  })
  @IsOptional()
  @IsIn(BILLING_MODELS)
  billingModel?: BillingModel;

  @ApiPropertyOptional({
    description: 'Legal entity (company) code that delivers and invoices.',
    example: 'NWA-US',
  })
  @IsOptional()
  @IsString()
  legalEntity?: string;

  @ApiPropertyOptional({ description: 'Cost centre (ERP department) code.', example: 'US-STRAT' })
  @IsOptional()
  @IsString()
  costCenter?: string;

  @ApiPropertyOptional({
    description: 'Rate card code the work is billed at.',
    example: 'RC-STD-USD',
  })
  @IsOptional()
  @IsString()
  rateCard?: string;

  @ApiPropertyOptional({ description: 'First day of the work.', example: '2026-10-01' })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string;

  @ApiPropertyOptional({ description: 'Last day of the work.', example: '2027-01-29' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string;

  @ApiPropertyOptional({ description: 'Hours sold.', example: 2100 })
  @IsOptional()
  @IsNumber()
  @Min(0)
  budgetHours?: number;

  @OpportunityMilestones('Billing milestones, by due date.')
  milestones: OpportunityMilestoneDto[];

  @ApiProperty({
    description: 'Planned assignments.',
    type: [OpportunityAssignmentDto],
    maxItems: 500,
  })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => OpportunityAssignmentDto)
  assignments: OpportunityAssignmentDto[];

  @ApiProperty({
    description: 'When the CRM last changed the deal.',
    example: '2026-11-20T09:00:00.000Z',
  })
  @IsDateString()
  lastModifiedAt: string;

  @ApiProperty({
    description:
      'What the gateway could not read from the CRM record, one sentence each, for a person to fix in the CRM; empty when the record is complete.',
    example: ['Billing_Model__c "Time & Effort" is not a known billing model.'],
    type: [String],
    maxItems: 50,
  })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  issues: string[];
}
