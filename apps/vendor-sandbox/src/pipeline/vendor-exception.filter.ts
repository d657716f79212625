import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { VendorErrors } from './vendor-errors';
import { VendorHttpException } from './vendor-http.exception';

/**
 * Vendor routes answer in their vendor's error shape, never problem+json: a VendorHttpException
 * as given, anything else as the vendor's 500 (logged, as a crash in the sandbox is a bug).
 */
@Catch()
export class VendorExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(VendorExceptionFilter.name);

  constructor(private readonly errors: VendorErrors) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    let answer = error instanceof VendorHttpException ? error.reply : undefined;
    if (!answer) {
      this.logger.error({ err: error }, 'vendor route failed');
      answer = this.errors.serverError(500);
    }
    void reply
      .status(answer.status)
      .headers(answer.headers ?? {})
      .type('application/json; charset=utf-8')
      .send(answer.body);
  }
}
