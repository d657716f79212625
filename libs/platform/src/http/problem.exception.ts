import { HttpException } from '@nestjs/common';

/** A failure the caller can act on, answered as problem+json with a stable reason code. */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    detail: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail, status);
  }
}
