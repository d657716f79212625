import { ApiProperty } from '@nestjs/swagger';

/** The exception waiting on a posting, in short (`GET /exceptions` has the whole row). */
export class PostingExceptionSummaryDto {
  @ApiProperty({ description: 'Exception id.', example: '0b6f3c52-9a55-4d1e-9c1e-3d5a1f0e2b7a' })
  id: string;

  @ApiProperty({ description: 'Why the posting stopped.', example: 'RATE_MISSING' })
  reasonCode: string;

  @ApiProperty({ description: 'open, assigned or retrying.', example: 'open' })
  status: string;

  @ApiProperty({ description: 'Who fixes it.', example: 'finance-ops' })
  ownerGroup: string;

  @ApiProperty({ description: 'What went wrong and what to do about it.' })
  message: string;
}
