import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ExceptionCaseDto } from './exception-case.dto';

/** One page of cases, in the sort asked for (newest first by default). */
export class ExceptionCasePageDto {
  @ApiProperty({ description: 'In the sort asked for.', type: [ExceptionCaseDto], maxItems: 500 })
  items: ExceptionCaseDto[];

  @ApiPropertyOptional({
    description: 'Pass as `cursor` for the next page; absent on the last.',
    example: 'WyIyMDI2LTExLTIwIDA5OjE1OjAwLjEyMzQ1NiswMCIsIjBiNmYzYzUyIl0',
  })
  nextCursor?: string;
}
