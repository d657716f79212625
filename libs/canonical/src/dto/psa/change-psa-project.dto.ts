import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';
import { PsaMilestoneInputDto } from './psa-milestone-input.dto';

/** A change order applied to a PSA project: only what is given changes. */
export class ChangePsaProjectDto {
  @MoneyProperty('New contract value, in the project currency.', { optional: true })
  budget?: MoneyDto;

  @ApiPropertyOptional({ description: 'New last day of delivery.', example: '2027-04-30' })
  @IsOptional()
  @IsCalendarDate()
  endDate?: string;

  @ApiPropertyOptional({
    description:
      'The whole new milestone set: missing ones are added, changed ones updated, and ones no longer listed removed (a completed one cannot be).',
    type: [PsaMilestoneInputDto],
    maxItems: 100,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PsaMilestoneInputDto)
  milestones?: PsaMilestoneInputDto[];
}
