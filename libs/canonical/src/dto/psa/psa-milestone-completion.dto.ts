import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';

/** A milestone delivery marked completed in the PSA: what milestone billing bills. */
export class PsaMilestoneCompletionDto {
  @ApiProperty({ description: 'Canonical milestone id.', example: 'MS-102-1' })
  @IsString()
  id: string;

  @ApiProperty({ description: 'Canonical project id.', example: 'PRJ-006NW000102' })
  @IsString()
  project: string;

  @ApiProperty({ description: 'What the milestone is.', example: 'Discovery sign-off' })
  @IsString()
  name: string;

  @MoneyProperty('What completing it bills.')
  amount: MoneyDto;

  @ApiProperty({
    description: 'The day it was completed (the PSA’s clock).',
    example: '2026-11-20',
  })
  @IsCalendarDate()
  completedOn: string;
}
