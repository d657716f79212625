import { HttpException, HttpStatus } from '@nestjs/common';

export enum SecurityErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  InvalidToken = 'INVALID_TOKEN',
  TokenExpired = 'TOKEN_EXPIRED',
  Forbidden = 'FORBIDDEN',
  InvalidWebhookSignature = 'INVALID_WEBHOOK_SIGNATURE',
}

const STATUS_BY_CODE: Record<SecurityErrorCode, HttpStatus> = {
  [SecurityErrorCode.Unauthenticated]: HttpStatus.UNAUTHORIZED,
  [SecurityErrorCode.InvalidToken]: HttpStatus.UNAUTHORIZED,
  [SecurityErrorCode.TokenExpired]: HttpStatus.UNAUTHORIZED,
  [SecurityErrorCode.Forbidden]: HttpStatus.FORBIDDEN,
  [SecurityErrorCode.InvalidWebhookSignature]: HttpStatus.UNAUTHORIZED,
};

/** A refused caller; the global problem filter answers it as problem+json with this code. */
export class SecurityException extends HttpException {
  constructor(
    readonly code: SecurityErrorCode,
    detail: string,
  ) {
    super({ code, message: detail }, STATUS_BY_CODE[code]);
  }

  static missingToken(): SecurityException {
    return new SecurityException(
      SecurityErrorCode.Unauthenticated,
      'This endpoint needs a bearer token (Authorization: Bearer <jwt>).',
    );
  }
}
