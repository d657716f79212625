import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { GatewayAppName } from '../gateway-apps';
import { openApiConfig } from './create-http-app';

/**
 * An app's OpenAPI document, as its /docs would serve it, built in Nest's preview mode: modules
 * and controllers are read but no provider is created, so no Postgres, Redis or vendor is needed.
 */
export async function buildOpenApiDocument(
  appModule: Type<unknown>,
  app: GatewayAppName,
): Promise<OpenAPIObject> {
  const nest = await NestFactory.create<NestFastifyApplication>(appModule, new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    return SwaggerModule.createDocument(nest, openApiConfig(app));
  } finally {
    await nest.close();
  }
}

/** The document as committed: two-space JSON with a final newline. */
export function formatOpenApiDocument(document: OpenAPIObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Writes `<directory>/<app>.json` and returns its path. */
export async function writeOpenApiDocument(
  appModule: Type<unknown>,
  app: GatewayAppName,
  directory = 'openapi',
): Promise<string> {
  const path = join(directory, `${app}.json`);
  await writeFile(path, formatOpenApiDocument(await buildOpenApiDocument(appModule, app)));
  return path;
}
