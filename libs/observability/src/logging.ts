import type { DestinationStream } from 'pino';
import type { Params } from 'nestjs-pino';
import type { Options } from 'pino-http';
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

const QUIET_PATHS = ['/health/live', '/health/ready', '/metrics'];

export function loggerParams(app: string, level: string, destination?: DestinationStream): Params {
  const options: Options = {
    level,
    base: { app },
    messageKey: 'msg',
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    mixin: () => {
      const correlationId = currentCorrelationId();
      return correlationId ? { correlationId } : {};
    },
    autoLogging: { ignore: (req) => QUIET_PATHS.includes(req.url ?? '') },
    quietReqLogger: true,
  };
  return { pinoHttp: destination ? [options, destination] : options };
}
