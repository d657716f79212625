import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, IsString, ValidateNested } from 'class-validator';
import { PsaExpenseDto } from './psa-expense.dto';

/** One page of a pass over the PSA's expenses changed since a point in time. */
export class PsaExpensePageDto {
  @ApiProperty({ description: 'The expenses of this page.', type: [PsaExpenseDto], maxItems: 500 })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PsaExpenseDto)
  items: PsaExpenseDto[];

  @ApiPropertyOptional({
    description: 'Pass as `cursor` for the rest of this pass; absent once the pass is complete.',
    example: 'eyJsaXN0Ijoid29yayJ9',
  })
  @IsOptional()
  @IsString()
  nextCursor?: string;

  @ApiProperty({
    description:
      'Store it and pass it as `cursor` to resume: mid-pass it continues the pass; after the last page it starts the next pass, which reads again everything changed since this one began (so nothing is missed; de-duplicate on source id and version).',
    example: 'eyJsaXN0Ijoid29yayJ9',
  })
  @IsString()
  checkpoint: string;
}
