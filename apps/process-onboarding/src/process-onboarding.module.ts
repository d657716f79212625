import { Module, ModuleMetadata, Type } from '@nestjs/common';
import { ApiClientsModule } from '@p2c/clients';
import { QueueName } from '@p2c/messaging';
import { DeadLettersModule, ExceptionRetryBatchesModule } from '@p2c/flow';
import { GatewayModule, GatewayModuleOptions } from '@p2c/platform';
import { DetectionModule } from './detection/detection.module';
import { ExceptionsModule } from './exceptions/exceptions.module';
import { ONBOARDING_FLOW } from './flow/step-name';
import { KpisModule } from './kpis/kpis.module';
import { OnboardingsModule } from './onboardings/onboardings.module';
import { ProvisionalProjectsModule } from './provisional/provisional-projects.module';
import { ONBOARDING_CALLS, processOnboardingConfigShape } from './process-onboarding-config';

export type ProcessOnboardingOptions = Pick<GatewayModuleOptions, 'env' | 'logDestination'>;

function processOnboardingImports(options: ProcessOnboardingOptions): ModuleMetadata['imports'] {
  return [
    GatewayModule.forRoot({
      app: 'process-onboarding',
      config: processOnboardingConfigShape,
      ...options,
    }),
    ApiClientsModule.forRoot({ caller: 'process-onboarding', apps: ONBOARDING_CALLS }),
    OnboardingsModule,
    ExceptionsModule,
    ExceptionRetryBatchesModule.forApp({
      flow: ONBOARDING_FLOW,
      operationName: 'Onboarding',
      queue: QueueName.OnboardingExceptionRetries,
      retries: ExceptionsModule,
    }),
    DeadLettersModule.forApp({
      operationName: 'Onboarding',
      queues: [
        QueueName.ProjectOnboarding,
        QueueName.CrmChangeFeed,
        QueueName.OnboardingExceptionRetries,
      ],
      inboxQueues: [],
    }),
    DetectionModule,
    ProvisionalProjectsModule,
    KpisModule,
  ];
}

/**
 * Process API for project onboarding: a closed-won deal becomes an active project in the PSA and
 * the ERP through a flow of idempotent steps, or an exception a person can act on.
 */
@Module({ imports: processOnboardingImports({}) })
export class ProcessOnboardingModule {
  /** The same app with config values and a log destination of the caller's (tests, scripts). */
  static with(options: ProcessOnboardingOptions): Type<unknown> {
    @Module({ imports: processOnboardingImports(options) })
    class ConfiguredProcessOnboardingModule {}
    return ConfiguredProcessOnboardingModule;
  }
}
