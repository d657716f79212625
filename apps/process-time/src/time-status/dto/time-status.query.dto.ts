import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, Matches } from 'class-validator';
import { GATEWAY_ID_PATTERN } from '@p2c/canonical';

export class TimeStatusQueryDto {
  @ApiProperty({
    description: 'Canonical project ids (repeat the parameter for several, at most 200).',
    type: [String],
    example: ['PRJ-006NW000101'],
  })
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value : [value]))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @Matches(GATEWAY_ID_PATTERN, {
    each: true,
    message: 'project must be canonical project ids',
  })
  project: string[];
}
