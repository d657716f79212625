import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** The won deal to onboard. */
export class StartOnboardingDto {
  @ApiProperty({
    description:
      'The deal: its canonical opportunity id (`opp_…`) or its CRM opportunity id. It must be closed won.',
    example: '006NW000102',
    pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$',
  })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, {
    message: 'opportunity must be an opportunity id (letters, digits, . _ : -, at most 64)',
  })
  opportunity: string;
}
