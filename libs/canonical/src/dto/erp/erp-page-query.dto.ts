import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

/** Canonical paging: up to `limit` items from where `cursor` (a previous page's nextCursor) says. */
export class ErpPageQueryDto {
  @ApiPropertyOptional({
    description: 'Items per page.',
    type: 'integer',
    example: 100,
    minimum: 1,
    maximum: 1000,
    default: 100,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page.', example: 'MjA' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'cursor must be a nextCursor this API returned' })
  cursor?: string;
}
