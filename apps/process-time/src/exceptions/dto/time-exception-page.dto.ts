import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TimeExceptionDto } from './time-exception.dto';

export class TimeExceptionPageDto {
  @ApiProperty({ description: 'Newest first.', type: [TimeExceptionDto], maxItems: 500 })
  items: TimeExceptionDto[];

  @ApiPropertyOptional({
    description: 'Pass as `cursor` for the next page; absent on the last.',
    example: 'eyJhdCI6IjIwMjYtMTEtMjBUMDk6MTU6MDAuMDAwWiJ9',
  })
  nextCursor?: string;
}
