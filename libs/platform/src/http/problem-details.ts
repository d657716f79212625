import { HttpException, HttpStatus } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { ProblemException } from './problem.exception';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** RFC 9457 problem details, with the gateway's reason code and the request's correlation id. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  correlationId: string;
  [extension: string]: unknown;
}

export interface ProblemResponse {
  body: ProblemDetails;
  headers: Record<string, string>;
  /** true when the cause is an unexpected failure of ours: log it, never show it. */
  internal: boolean;
}

const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE_CONTENT',
  429: 'RATE_LIMITED',
  500: 'INTERNAL_ERROR',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
  504: 'GATEWAY_TIMEOUT',
};

const HIDDEN_DETAIL = 'An unexpected error occurred. Quote the correlation id when reporting it.';

export function problemType(code: string): string {
  return `urn:p2c:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}

function codeForStatus(status: number): string {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST');
}

/** Turns any thrown value into the one error shape the gateway answers with. */
export function toProblem(
  error: unknown,
  instance: string,
  correlationId: string,
): ProblemResponse {
  let status: number = HttpStatus.INTERNAL_SERVER_ERROR;
  let code: string | undefined;
  let detail: string | undefined;
  let extensions: Record<string, unknown> = {};
  let headers: Record<string, string> = {};

  if (error instanceof ProblemException) {
    status = error.getStatus();
    code = error.code;
    detail = error.message;
    extensions = error.extensions;
    headers = error.headers;
  } else if (error instanceof HttpException) {
    status = error.getStatus();
    const response = error.getResponse();
    const {
      message,
      code: given,
      statusCode: _s,
      error: _e,
      ...rest
    } = typeof response === 'object'
      ? (response as Record<string, unknown>)
      : { message: response };
    if (typeof given === 'string') code = given;
    extensions = rest;
    if (Array.isArray(message)) {
      code = 'VALIDATION_FAILED';
      detail = 'The request is not valid.';
      extensions = { errors: message.map(String) };
    } else {
      detail = typeof message === 'string' ? message : error.message;
    }
  }

  // Thrown HTTP exceptions carry messages written for callers; anything else may leak internals.
  const internal = status >= 500 && !(error instanceof HttpException);
  code ??= codeForStatus(status);
  const body: ProblemDetails = {
    type: problemType(code),
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail: internal ? HIDDEN_DETAIL : (detail ?? ''),
    instance,
    code,
    correlationId,
    ...extensions,
  };
  return { body, headers, internal };
}
