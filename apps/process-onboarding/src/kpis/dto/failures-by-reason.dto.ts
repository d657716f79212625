import { ApiProperty } from '@nestjs/swagger';

/** Onboarding exceptions of one reason code. */
export class FailuresByReasonDto {
  @ApiProperty({ description: 'The reason code.', example: 'INVALID_DIMENSION' })
  reasonCode: string;

  @ApiProperty({ description: 'Exceptions ever raised with it.', example: 2 })
  total: number;

  @ApiProperty({ description: 'Of those, still unresolved.', example: 1 })
  open: number;
}
