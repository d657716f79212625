import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, IsString, ValidateNested } from 'class-validator';
import { WorkerDto } from './worker.dto';

/** One page of workers, ordered by id. */
export class WorkerPageDto {
  @ApiProperty({ description: 'The workers of this page.', type: [WorkerDto], maxItems: 100 })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => WorkerDto)
  items: WorkerDto[];

  @ApiPropertyOptional({
    description: 'Pass as `cursor` for the next page; absent on the last page.',
    example: 'RTEwMjA',
  })
  @IsOptional()
  @IsString()
  nextCursor?: string;
}
