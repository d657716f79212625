import { DynamicModule, Module } from '@nestjs/common';
import { OutboxModule } from '@p2c/messaging';
import { DeadLettersOptions } from './dead-letters-options';
import { deadLettersController } from './dead-letters.controller';
import { ListDeadLettersUseCase } from './list-dead-letters.use-case';
import { ReplayDeadLetterUseCase } from './replay-dead-letter.use-case';

/** A process app's dead letters (what gave up on its queues and outbox) and their replay. */
@Module({})
export class DeadLettersModule {
  static forApp(options: DeadLettersOptions): DynamicModule {
    return {
      module: DeadLettersModule,
      imports: [OutboxModule],
      controllers: [deadLettersController(options)],
      providers: [
        { provide: DeadLettersOptions, useValue: options },
        ListDeadLettersUseCase,
        ReplayDeadLetterUseCase,
      ],
    };
  }
}
