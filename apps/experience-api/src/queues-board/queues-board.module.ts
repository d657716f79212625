import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { QueueFactory, QueueName } from '@p2c/messaging';
import { JwtAuthGuard, RolesGuard } from '@p2c/security';
import { QueuesBoardAccess } from './queues-board-access';
import { queuesBoardActions } from './queues-board-actions';
import { QUEUES_BOARD_PATH } from './queues-board-path';
import { QueuesBoardSessionController } from './queues-board-session.controller';

/** The board offers retries of failed jobs only (the adapter's type omits its base's option). */
const RETRIES_OF_FAILED_JOBS = { allowRetries: true, allowCompletedRetries: false };

/**
 * bull-board at /admin/queues over every queue of the gateway, on the app's Redis under its
 * prefix, for admins only. Failed jobs can be retried there: each runs again as itself, and
 * its flow's claim keeps it exactly once.
 */
@Module({
  controllers: [QueuesBoardSessionController],
  providers: [JwtAuthGuard, RolesGuard, QueuesBoardAccess],
})
export class QueuesBoardModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly queues: QueueFactory,
    private readonly access: QueuesBoardAccess,
  ) {}

  onModuleInit(): void {
    const board = new BullBoardFastifyAdapter().setBasePath(QUEUES_BOARD_PATH);
    createBullBoard({
      queues: Object.values(QueueName).map(
        (name) => new BullMQAdapter(this.queues.queue(name), RETRIES_OF_FAILED_JOBS),
      ),
      serverAdapter: board,
      options: { handlerHooks: queuesBoardActions, uiConfig: { boardTitle: 'Gateway queues' } },
    });
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    void fastify.register(async (scope) => {
      scope.addHook('onRequest', this.access.onRequest);
      await scope.register(board.registerPlugin(), { prefix: QUEUES_BOARD_PATH });
    });
  }
}
