import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** Which deal's contracts to list. */
export class ContractsQueryDto {
  @ApiProperty({
    description:
      'The deal: its canonical opportunity id (`opp_…`, as system-crm issued it and ProjectActivated carries it) or its CRM opportunity id.',
    example: 'opp_5b7d40e2c1a94d0e8f3b2a6c7d8e9f01',
  })
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, {
    message: 'opportunity must be a canonical or a CRM opportunity id',
  })
  opportunity: string;
}
