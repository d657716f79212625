import { Body, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
} from '@nestjs/swagger';
import { AuthenticatedPrincipal, CurrentPrincipal, Idempotent, Role, Roles } from '@p2c/security';
import { FlowApi } from '@p2c/flow';
import { ListOnboardingsQueryDto } from './dto/list-onboardings.query.dto';
import { OnboardingIdParamsDto } from './dto/onboarding-id.params.dto';
import { OnboardingPageDto } from './dto/onboarding-page.dto';
import { OnboardingDto } from './dto/onboarding.dto';
import { StartOnboardingDto } from './dto/start-onboarding.dto';
import { GetOnboardingUseCase } from './get-onboarding.use-case';
import { ListOnboardingsUseCase } from './list-onboardings.use-case';
import { RetryOnboardingUseCase } from './retry-onboarding.use-case';
import { StartOnboardingUseCase } from './start-onboarding.use-case';

@FlowApi('onboardings', Role.Admin, Role.Service, Role.Finance, Role.Delivery)
@ApiBadRequestResponse({ description: 'problem+json VALIDATION_FAILED: malformed request' })
export class OnboardingsController {
  constructor(
    private readonly startOnboarding: StartOnboardingUseCase,
    private readonly listOnboardings: ListOnboardingsUseCase,
    private readonly getOnboarding: GetOnboardingUseCase,
    private readonly retryOnboarding: RetryOnboardingUseCase,
  ) {}

  @Post()
  @Idempotent()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Onboard a won deal now',
    description:
      'Starts the onboarding of a closed-won deal without waiting for the CRM poll. A deal is onboarded once: asking again answers its onboarding as it stands.',
  })
  @ApiAcceptedResponse({
    type: OnboardingDto,
    description: 'The onboarding, started or as it stands',
  })
  @ApiNotFoundResponse({ description: 'problem+json OPPORTUNITY_NOT_FOUND' })
  @ApiConflictResponse({
    description: 'problem+json OPPORTUNITY_NOT_WON: the deal is not closed won',
  })
  @ApiServiceUnavailableResponse({
    description: 'problem+json VENDOR_UNAVAILABLE: the CRM could not be read',
  })
  start(
    @Body() body: StartOnboardingDto,
    @CurrentPrincipal() principal?: AuthenticatedPrincipal,
  ): Promise<OnboardingDto> {
    return this.startOnboarding.execute(body.opportunity, principal?.subject ?? 'anonymous');
  }

  @Get()
  @ApiOperation({ summary: 'Onboardings, newest first, by status, deal, project or partner' })
  @ApiOkResponse({ type: OnboardingPageDto })
  list(@Query() query: ListOnboardingsQueryDto): Promise<OnboardingPageDto> {
    return this.listOnboardings.execute(query);
  }

  @Get(':id')
  @ApiOperation({
    summary:
      'One onboarding: each step with its status, attempts and timings, the records it made and its exceptions',
  })
  @ApiOkResponse({ type: OnboardingDto })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND' })
  get(@Param() params: OnboardingIdParamsDto): Promise<OnboardingDto> {
    return this.getOnboarding.execute(params.id);
  }

  @Post(':id/retry')
  @Idempotent()
  @HttpCode(202)
  @Roles(Role.Admin, Role.Service, Role.Finance)
  @ApiOperation({
    summary: 'Resume a stopped onboarding from its failed step',
    description:
      'After the cause of its exception is fixed (e.g. the cost centre added in the ERP): the failed step, and any failed change order, run again; what earlier steps made is reused.',
  })
  @ApiAcceptedResponse({ type: OnboardingDto })
  @ApiNotFoundResponse({ description: 'problem+json NOT_FOUND' })
  @ApiConflictResponse({ description: 'problem+json NOTHING_TO_RETRY: no step has failed' })
  retry(
    @Param() params: OnboardingIdParamsDto,
    @CurrentPrincipal() principal?: AuthenticatedPrincipal,
  ): Promise<OnboardingDto> {
    return this.retryOnboarding.execute(params.id, principal?.subject ?? 'anonymous');
  }
}
