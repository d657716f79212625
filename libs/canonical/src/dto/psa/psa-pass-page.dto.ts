import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/** How a page of a pass over records changed since a point in time says where to go on. */
export abstract class PsaPassPageDto {
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
