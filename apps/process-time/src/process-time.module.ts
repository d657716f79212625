import { Module, ModuleMetadata, Type } from '@nestjs/common';
import { ApiClientsModule } from '@p2c/clients';
import { DeadLettersModule, ExceptionRetryBatchesModule } from '@p2c/flow';
import { OutboxModule, QueueName } from '@p2c/messaging';
import { GatewayModule, GatewayModuleOptions } from '@p2c/platform';
import { ExceptionsModule } from './exceptions/exceptions.module';
import { TIME_FLOW } from './exceptions/time-exceptions';
import { IntakeModule } from './intake/intake.module';
import { KpisModule } from './kpis/kpis.module';
import { LineageModule } from './lineage/lineage.module';
import { PostingModule } from './posting/posting.module';
import { TimeStatusModule } from './time-status/time-status.module';
import { PROCESS_TIME_CALLS, processTimeConfigShape } from './process-time-config';
import { TimeWorkers } from './time-workers';

export type ProcessTimeOptions = Pick<GatewayModuleOptions, 'env' | 'logDestination'>;

function processTimeImports(options: ProcessTimeOptions): ModuleMetadata['imports'] {
  return [
    GatewayModule.forRoot({ app: 'process-time', config: processTimeConfigShape, ...options }),
    ApiClientsModule.forRoot({ caller: 'process-time', apps: PROCESS_TIME_CALLS }),
    OutboxModule,
    KpisModule,
    PostingModule,
    IntakeModule,
    ExceptionsModule,
    ExceptionRetryBatchesModule.forApp({
      flow: TIME_FLOW,
      operationName: 'Time',
      queue: QueueName.TimeExceptionRetries,
      retries: ExceptionsModule,
    }),
    DeadLettersModule.forApp({
      operationName: 'Time',
      queues: [
        QueueName.TimePosting,
        QueueName.PsaEvents,
        QueueName.TimeIntake,
        QueueName.TimeExceptionRetries,
      ],
      inboxQueues: [QueueName.PsaEvents],
    }),
    TimeStatusModule,
    LineageModule,
  ];
}

/**
 * Approved PSA time and expenses posted to the ERP exactly once: intake from webhooks, the event
 * feed and a sweep; validation, costing and posting by BullMQ workers; exceptions with a retry;
 * KPIs. `PROCESS_ROLE` decides whether this process serves the API, runs the workers, or both.
 */
@Module({ imports: processTimeImports({}), providers: [TimeWorkers] })
export class ProcessTimeModule {
  /** The same app with config values and a log destination of the caller's (tests, scripts). */
  static with(options: ProcessTimeOptions): Type<unknown> {
    @Module({ imports: processTimeImports(options), providers: [TimeWorkers] })
    class ConfiguredProcessTimeModule {}
    return ConfiguredProcessTimeModule;
  }
}
