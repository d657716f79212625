import type { Params } from 'nestjs-pino';
import { DestinationStream, Logger, LoggerOptions, pino } from 'pino';
import { currentCorrelationId } from './correlation';

/** Secrets and personal data never reach a log line, wherever they appear in it. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-psa-signature"]',
  'req.headers["idempotency-key"]',
  'res.headers["set-cookie"]',
  '*.authorization',
  '*.Authorization',
  '*.password',
  '*.secret',
  '*.token',
  '*.accessToken',
  '*.apiKey',
  '*.email',
  '*.primaryWorkEmail',
  '*.phone',
  '*.taxId',
  '*.Tax_Id__c',
  '*.bankAccount',
  '*.iban',
];

/** An app's logger: JSON lines naming the app, with the correlation id of the work under way. */
export function createAppLogger(
  app: string,
  level: string,
  destination?: DestinationStream,
): Logger {
  const options: LoggerOptions = {
    level,
    base: { app },
    messageKey: 'msg',
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    mixin: () => {
      const correlationId = currentCorrelationId();
      return correlationId ? { correlationId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * nestjs-pino writing through the app's logger, without its per-request middleware: the request
 * context and the line per answered request come from registerRequestContext.
 */
export function loggerParams(logger: Logger): Params {
  return { pinoHttp: { logger }, forRoutes: [] };
}

/** The app's logger that loggerParams was given. */
export function appLoggerOf(params: Params): Logger {
  return (params.pinoHttp as { logger: Logger }).logger;
}
