import type { IncomingMessage } from 'node:http';
import { Type } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Logger as PinoLogger } from 'nestjs-pino';
import {
  CORRELATION_HEADER,
  acceptCorrelationId,
  collectProcessMetrics,
  registerCorrelationHooks,
  registerHttpMetrics,
} from '@p2c/observability';
import { GATEWAY_APPS, GatewayAppName } from '../gateway-apps';
import { ProcessRole, restrictToProbesInWorkerRole } from '../process-role';

/** Builds (does not start) an app on Fastify with the gateway's HTTP conventions. */
export async function createHttpApp(
  rootModule: Type<unknown>,
  app: GatewayAppName,
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    trustProxy: true,
    return503OnClosing: true,
    genReqId: (request: IncomingMessage) =>
      acceptCorrelationId(request.headers[CORRELATION_HEADER]),
  });
  const fastify = adapter.getInstance();
  registerCorrelationHooks(fastify);
  registerHttpMetrics(fastify);
  collectProcessMetrics();

  const nest = await NestFactory.create<NestFastifyApplication>(rootModule, adapter, {
    bufferLogs: true,
    rawBody: true,
    abortOnError: false,
  });
  nest.useLogger(nest.get(PinoLogger));
  nest.flushLogs();
  const bodyLimit = nest.get(ConfigService).getOrThrow<number>('HTTP_BODY_LIMIT_BYTES');
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  nest.useBodyParser('application/json', { bodyLimit }, (request, body, done) =>
    parseJson(request as Parameters<typeof parseJson>[0], body.toString('utf8'), done),
  );
  nest.enableShutdownHooks();
  const role = nest.get(ConfigService).get<ProcessRole>('PROCESS_ROLE');
  if (role) restrictToProbesInWorkerRole(fastify, role);
  SwaggerModule.setup('docs', nest, () => SwaggerModule.createDocument(nest, openApiConfig(app)), {
    jsonDocumentUrl: 'docs/openapi.json',
  });
  return nest;
}

/**
 * The document's header: served from the app itself, and every operation needs a bearer token
 * unless `@Public()` says otherwise (the global auth guard). The sandbox's admin API takes none.
 */
export function openApiConfig(app: GatewayAppName): Omit<OpenAPIObject, 'paths'> {
  const header = new DocumentBuilder()
    .setTitle(GATEWAY_APPS[app].title)
    .setDescription(GATEWAY_APPS[app].description)
    .setVersion('1')
    .setLicense('Apache-2.0', 'https://www.apache.org/licenses/LICENSE-2.0')
    .addServer('/', 'the host this document is served from');
  if (app === 'vendor-sandbox') return { ...header.build(), security: [] };
  return header.addBearerAuth().addSecurityRequirements('bearer').build();
}

/** Builds and starts an app on HOST:PORT from its config. */
export async function startHttpApp(
  rootModule: Type<unknown>,
  app: GatewayAppName,
): Promise<NestFastifyApplication> {
  const nest = await createHttpApp(rootModule, app);
  const config = nest.get(ConfigService);
  await nest.listen(config.getOrThrow<number>('PORT'), config.getOrThrow<string>('HOST'));
  return nest;
}

/** Entry point of an app's main.ts: a start that fails (bad config, port taken) exits non-zero. */
export function runHttpApp(rootModule: Type<unknown>, app: GatewayAppName): void {
  // Started by a launcher with an IPC channel (npm start): stop cleanly when the launcher goes away.
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  startHttpApp(rootModule, app).catch((error: unknown) => {
    console.error(
      `${app} failed to start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  });
}
