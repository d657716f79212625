import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { PsaExpenseDto } from './psa-expense.dto';
import { PsaPassPageDto } from './psa-pass-page.dto';

/** One page of a pass over the PSA's expenses changed since a point in time. */
export class PsaExpensePageDto extends PsaPassPageDto {
  @ApiProperty({ description: 'The expenses of this page.', type: [PsaExpenseDto], maxItems: 500 })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PsaExpenseDto)
  items: PsaExpenseDto[];
}
