import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { correlationIdOf } from '@p2c/observability';
import { PROBLEM_CONTENT_TYPE, toProblem } from './problem-details';

/** The one exception filter: every error leaves as problem+json; 5xx details are logged, not shown. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const problem = toProblem(error, request.url, correlationIdOf(request));
    if (problem.internal)
      this.logger.error({ err: error, problem: problem.body }, 'request failed');
    else if (problem.body.status >= 500)
      this.logger.warn({ problem: problem.body }, 'request failed');
    void reply
      .status(problem.body.status)
      .headers(problem.headers)
      .type(PROBLEM_CONTENT_TYPE)
      .send(problem.body);
  }
}
