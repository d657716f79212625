import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsUUID } from 'class-validator';

export class RetryExceptionCasesDto {
  @ApiProperty({
    description:
      'The cases to retry, up to 1,000; ids this app does not hold are reported as not found.',
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: 1000,
    example: ['0b6f3c52-9a55-4d1e-9c1e-3d5a1f0e2b7a'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  ids: string[];

  @ApiPropertyOptional({
    description:
      'The batch’s id, when the caller names it (one id across apps); asking again with it answers the batch as it stands.',
    format: 'uuid',
    example: '7d1c0e2a-4b5f-4a9e-8c3d-2e1f0a9b8c7d',
  })
  @IsOptional()
  @IsUUID()
  batch?: string;
}
