import type { IncomingMessage } from 'node:http';
import { Type } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { PARAMS_PROVIDER_TOKEN, Params, Logger as PinoLogger } from 'nestjs-pino';
import {
  CORRELATION_HEADER,
  acceptCorrelationId,
  appLoggerOf,
  collectProcessMetrics,
  registerCorrelationHooks,
  registerHttpMetrics,
  registerRequestContext,
} from '@p2c/observability';
import { GATEWAY_APPS, GatewayAppName } from '../gateway-apps';
import { ProcessRole, restrictToProbesInWorkerRole } from '../process-role';

/** Builds (does not start) an app on Fastify with the gateway's HTTP conventions. */
export async function createHttpApp(
  rootModule: Type<unknown>,
  app: GatewayAppName,
): Promise<NestFastifyApplication> {
  // Read from the app's config once Nest has parsed it, before the app listens.
  let trustedHops = 0;
  const adapter = new FastifyAdapter({
    // the client is the address `trustedHops` proxies in front of the app saw: a caller cannot
    // choose its own by sending X-Forwarded-For
    trustProxy: (_address: string, hop: number) => hop < trustedHops,
    return503OnClosing: true,
    // Fastify's 100 is too short for ids that name what they are (a dead letter's queue, job, time)
    routerOptions: { maxParamLength: 300 },
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
  // before any route exists: Nest registers its routes when the app is initialised
  registerRequestContext(fastify, appLoggerOf(nest.get<Params>(PARAMS_PROVIDER_TOKEN)));
  nest.useLogger(nest.get(PinoLogger));
  nest.flushLogs();
  trustedHops = nest.get(ConfigService).getOrThrow<number>('HTTP_TRUST_PROXY_HOPS');
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
