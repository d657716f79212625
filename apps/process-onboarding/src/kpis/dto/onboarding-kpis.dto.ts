import { ApiProperty } from '@nestjs/swagger';
import { OpenExceptionsDto } from '@p2c/flow';
import { BlockedOnboardingDto } from './blocked-onboarding.dto';
import { ChangeOrderCountsDto } from './change-order-counts.dto';
import { FailuresByReasonDto } from './failures-by-reason.dto';
import { OnboardingStatusCountsDto } from './onboarding-status-counts.dto';
import { SetupCycleTimeDto } from './setup-cycle-time.dto';

/** The project-setup KPIs: how many, how fast, and what stops them. */
export class OnboardingKpisDto {
  @ApiProperty({ type: OnboardingStatusCountsDto })
  onboardingsByStatus: OnboardingStatusCountsDto;

  @ApiProperty({
    description: 'The blocked onboardings with the reason of each, longest blocked first.',
    type: [BlockedOnboardingDto],
  })
  blocked: BlockedOnboardingDto[];

  @ApiProperty({ type: SetupCycleTimeDto })
  setupCycleTime: SetupCycleTimeDto;

  @ApiProperty({
    description: 'Exceptions by reason code, most frequent first.',
    type: [FailuresByReasonDto],
  })
  failuresByReason: FailuresByReasonDto[];

  @ApiProperty({
    description: 'Unresolved exceptions by reason and age.',
    type: [OpenExceptionsDto],
  })
  openExceptions: OpenExceptionsDto[];

  @ApiProperty({ type: ChangeOrderCountsDto })
  changeOrders: ChangeOrderCountsDto;
}
