import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import { Logger, Module, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { DevTokensController } from './dev-tokens.controller';
import { IssueDevTokenUseCase } from './issue-dev-token.use-case';
import { WORKBENCH_UI_PATH } from './web-ui-path';

/**
 * The browser's own rules for the workbench: its scripts, styles and calls come from this origin
 * only, and no other site may frame it.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The finance workbench: its built files (WORKBENCH_UI_DIR) at /workbench/, public like any web
 * page — everything it shows it asks the experience API for with the signed-in person's token —
 * and the development sign-in's token route.
 */
@Module({ controllers: [DevTokensController], providers: [IssueDevTokenUseCase] })
export class WebUiModule implements OnModuleInit {
  private readonly logger = new Logger(WebUiModule.name);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: ConfigService,
  ) {}

  onModuleInit(): void {
    const root = resolve(this.config.getOrThrow<string>('WORKBENCH_UI_DIR'));
    if (!existsSync(resolve(root, 'index.html'))) {
      this.logger.warn(`The workbench is not built (no ${root}/index.html): run npm run build`);
      return;
    }
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    void fastify.register(async (scope) => {
      scope.addHook('onSend', async (_request, reply) => {
        void reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
        void reply.header('x-content-type-options', 'nosniff');
        void reply.header('referrer-policy', 'no-referrer');
      });
      await scope.register(fastifyStatic, {
        root,
        prefix: WORKBENCH_UI_PATH,
        redirect: true,
        decorateReply: false,
        // the hashed assets never change; the page itself is always asked for again
        setHeaders: (response, path) =>
          response.setHeader(
            'cache-control',
            path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          ),
      });
    });
  }
}
