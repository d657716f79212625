import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { PSA_WORK_STATUSES, PsaWorkStatus } from './psa-work-status';

/** An expense as the PSA holds it now; a new version is a correction of the earlier one. */
export class PsaExpenseDto {
  @ApiProperty({ description: 'Always `psa`.', enum: ['psa'], example: 'psa' })
  @IsIn(['psa'])
  sourceSystem: 'psa';

  @ApiProperty({ description: 'The PSA’s id of the expense.', example: '19000007' })
  @IsString()
  sourceId: string;

  @ApiProperty({ description: 'Bumped by every edit, approval and withdrawal.', example: 2 })
  @IsInt()
  @Min(1)
  sourceVersion: number;

  @ApiPropertyOptional({
    description: 'Canonical project id; absent when the workspace was not set up by the gateway.',
    example: 'PRJ-006NW000101',
  })
  @IsOptional()
  @IsString()
  project?: string;

  @ApiPropertyOptional({ description: 'The worker’s HCM employee id.', example: 'E1003' })
  @IsOptional()
  @IsString()
  worker?: string;

  @ApiProperty({ description: 'The day the expense was incurred.', example: '2026-11-03' })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ description: 'What was spent.', type: MoneyDto })
  @ValidateNested()
  @Type(() => MoneyDto)
  amount: MoneyDto;

  @ApiProperty({ description: 'Expense category.', example: 'Travel' })
  @IsString()
  category: string;

  @ApiProperty({ description: 'Whether the client is billed for it.', example: true })
  @IsBoolean()
  billable: boolean;

  @ApiProperty({
    description: 'APPROVED or SUBMITTED.',
    enum: PSA_WORK_STATUSES,
    example: 'APPROVED',
  })
  @IsIn(PSA_WORK_STATUSES)
  status: PsaWorkStatus;

  @ApiPropertyOptional({ description: 'The worker’s note.', example: 'Train to the client site' })
  @IsOptional()
  @IsString()
  notes?: string;

  @ApiProperty({ description: 'Whether an invoice recorded in the PSA bills it.', example: false })
  @IsBoolean()
  invoiced: boolean;

  @ApiProperty({
    description: 'When this version was made (the PSA’s clock).',
    example: '2026-11-20T09:15:00.000Z',
  })
  @IsString()
  changedAt: string;
}
