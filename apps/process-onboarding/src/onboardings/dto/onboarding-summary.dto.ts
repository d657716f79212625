import { OmitType } from '@nestjs/swagger';
import { OnboardingDto } from './onboarding.dto';

/** An onboarding in a list: without its steps, records and exceptions. */
export class OnboardingSummaryDto extends OmitType(OnboardingDto, [
  'steps',
  'crossReferences',
  'exceptions',
] as const) {}
