import { ApiProperty } from '@nestjs/swagger';
import { OnboardingSummaryDto } from './onboarding-summary.dto';

export class OnboardingPageDto {
  @ApiProperty({ description: 'Onboardings, newest first.', type: [OnboardingSummaryDto] })
  items: OnboardingSummaryDto[];

  @ApiProperty({ description: 'How many match the filter.', example: 7 })
  total: number;

  @ApiProperty({ description: 'The page size asked for.', example: 50 })
  limit: number;

  @ApiProperty({ description: 'Onboardings skipped.', example: 0 })
  offset: number;
}
