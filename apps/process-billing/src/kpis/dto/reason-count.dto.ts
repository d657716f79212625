import { ApiProperty } from '@nestjs/swagger';

/** Open exception cases of one reason code. */
export class ReasonCountDto {
  @ApiProperty({ description: 'Reason code.', example: 'PERIOD_CLOSED' })
  reason: string;

  @ApiProperty({ description: 'Unresolved cases.', example: 2 })
  count: number;
}
