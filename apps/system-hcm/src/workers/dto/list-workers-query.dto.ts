import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class ListWorkersQueryDto {
  @ApiPropertyOptional({
    description: 'Workers per page.',
    example: 50,
    default: 50,
    minimum: 1,
    maximum: 100,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 50;

  @ApiPropertyOptional({
    description: 'The `nextCursor` of the previous page; absent for the first page.',
    example: 'RTEwMjA',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}
