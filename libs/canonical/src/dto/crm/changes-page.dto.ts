import { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type as TransformType } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsOptional, IsString, ValidateNested } from 'class-validator';

export const MAX_CHANGES_PAGE = 2000;

/** A page of a change feed: records in the order they changed, and where the page ends. */
export interface ChangesPage<T> {
  items: T[];
  nextCursor?: string;
  hasMore: boolean;
}

/** The DTO class of a change-feed page of `item`s (one per feed, so each has its own schema). */
export function ChangesPageDto<T>(item: Type<T>): Type<ChangesPage<T>> {
  class ChangesPageOf implements ChangesPage<T> {
    @ApiProperty({
      description: 'Records changed after the cursor, oldest change first.',
      type: [item],
      maxItems: MAX_CHANGES_PAGE,
    })
    @ArrayMaxSize(MAX_CHANGES_PAGE)
    @ValidateNested({ each: true })
    @TransformType(() => item)
    items: T[];

    @ApiPropertyOptional({
      description:
        'Where this page ends: pass it as `cursor` to read on, and save it as the consumer\u2019s checkpoint once every item is processed. Absent only when the feed has no records at all.',
      example: 'eyJhdCI6IjIwMjYtMTEtMjBUMDk6MDA6MDAuMDAwWiIsImlkIjoiMDA2TlcwMDAxMDEifQ',
    })
    @IsOptional()
    @IsString()
    nextCursor?: string;

    @ApiProperty({
      description: 'True when more changes are waiting after this page (read on at once).',
      example: false,
    })
    @IsBoolean()
    hasMore: boolean;
  }
  return ChangesPageOf;
}
