import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, IsString, ValidateNested } from 'class-validator';
import { TimePostingDto } from './time-posting.dto';

/** One page of a project's time postings, oldest ERP record first. */
export class TimePostingPageDto {
  @ApiProperty({
    description: 'The postings of this page.',
    type: [TimePostingDto],
    maxItems: 1000,
  })
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => TimePostingDto)
  items: TimePostingDto[];

  @ApiPropertyOptional({
    description: 'Pass as `cursor` for the next page; absent on the last page.',
    example: 'MjA',
  })
  @IsOptional()
  @IsString()
  nextCursor?: string;
}
