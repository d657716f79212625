import type { Type as Class } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/**
 * The base of every paged list's query: up to `limit` items from where `cursor` (the `nextCursor`
 * of the previous page) says. Each API documents its own default and maximum page size, so it
 * extends `CursorPageQuery({ defaultLimit, maxLimit })` and adds its own filters. The cursor is
 * only checked to be a string of sane length here: the API that handed it out decodes it and
 * answers one it did not hand out with its own 400 code.
 */
export function CursorPageQuery(sizes: {
  defaultLimit: number;
  maxLimit: number;
}): Class<{ limit: number; cursor?: string }> {
  class CursorPageQueryDto {
    @ApiPropertyOptional({
      description: 'Items per page.',
      type: 'integer',
      example: sizes.defaultLimit,
      default: sizes.defaultLimit,
      minimum: 1,
      maximum: sizes.maxLimit,
    })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(sizes.maxLimit)
    limit: number = sizes.defaultLimit;

    @ApiPropertyOptional({
      description: 'The `nextCursor` of the previous page; absent for the first page.',
    })
    @IsOptional()
    @IsString()
    @MaxLength(300)
    cursor?: string;
  }
  return CursorPageQueryDto;
}
