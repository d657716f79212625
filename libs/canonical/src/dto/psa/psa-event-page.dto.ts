import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, IsString, ValidateNested } from 'class-validator';
import { PsaEventDto } from './psa-event.dto';

/** One page of a pass over the PSA's event feed. */
export class PsaEventPageDto {
  @ApiProperty({
    description: 'Events of this page, each once (the feed itself is unordered and repeats).',
    type: [PsaEventDto],
    maxItems: 500,
  })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PsaEventDto)
  items: PsaEventDto[];

  @ApiPropertyOptional({
    description: 'Pass as `cursor` for the rest of this pass; absent once the pass is complete.',
    example: 'eyJsaXN0IjoiZXZlbnRzIn0',
  })
  @IsOptional()
  @IsString()
  nextCursor?: string;

  @ApiProperty({
    description:
      'Store it and pass it as `cursor` to resume: the rest of this pass, or after the last page the next pass, which overlaps this one (de-duplicate on the event id).',
    example: 'eyJsaXN0IjoiZXZlbnRzIn0',
  })
  @IsString()
  checkpoint: string;
}
