import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../is-calendar-date.decorator';
import { MoneyDto } from '../money.dto';
import { MoneyProperty } from '../money-property.decorator';

/** A milestone of a project as the process tier asks for it; the id is the canonical one. */
export class PsaMilestoneInputDto {
  @ApiProperty({ description: 'Canonical milestone id.', example: 'MS-102-1', maxLength: 64 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  id: string;

  @ApiProperty({ description: 'What the milestone is.', example: 'Discovery sign-off' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  name: string;

  @MoneyProperty('What completing it bills, in the project currency.')
  amount: MoneyDto;

  @ApiProperty({ description: 'When it is due.', example: '2026-11-06' })
  @IsCalendarDate()
  dueDate: string;
}
