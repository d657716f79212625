import { ApiProperty } from '@nestjs/swagger';

/** Unresolved exceptions of one reason. */
export class ExceptionReasonCountDto {
  @ApiProperty({ description: 'Reason code.', example: 'RATE_MISSING' })
  reason: string;

  @ApiProperty({ description: 'Unresolved exceptions with this reason.', example: 4 })
  open: number;

  @ApiProperty({ description: 'Age of the oldest, in seconds.', example: 3600 })
  oldestSeconds: number;
}
