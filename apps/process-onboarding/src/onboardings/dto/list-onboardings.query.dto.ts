import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { GATEWAY_ID_PATTERN, PARTNER_ID_PATTERN } from '@p2c/canonical';
import { ONBOARDING_STATUSES, OnboardingStatusName } from './onboarding-status';

export class ListOnboardingsQueryDto {
  @ApiPropertyOptional({
    description: 'Only onboardings in this status.',
    enum: ONBOARDING_STATUSES,
  })
  @IsOptional()
  @IsIn(ONBOARDING_STATUSES)
  status?: OnboardingStatusName;

  @ApiPropertyOptional({
    description: 'Only the onboarding of this deal (canonical or CRM opportunity id).',
    example: '006NW000106',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/)
  opportunity?: string;

  @ApiPropertyOptional({
    description: 'Only the onboardings of this canonical project.',
    example: 'PRJ-006NW000101',
  })
  @IsOptional()
  @Matches(GATEWAY_ID_PATTERN, { message: 'project must be a project id' })
  project?: string;

  @ApiPropertyOptional({
    description: 'Only the projects of customers of this partner organisation.',
    example: 'PARTNER-ALPHA',
  })
  @IsOptional()
  @Matches(PARTNER_ID_PATTERN, { message: 'partner must be a partner id' })
  partner?: string;

  @ApiPropertyOptional({ description: 'Page size.', minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;

  @ApiPropertyOptional({
    description: 'Onboardings to skip (newest first).',
    minimum: 0,
    default: 0,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset = 0;
}
