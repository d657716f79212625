import { HttpException, HttpStatus } from '@nestjs/common';

export enum IdempotencyErrorCode {
  InvalidKey = 'IDEMPOTENCY_KEY_INVALID',
  KeyReused = 'IDEMPOTENCY_KEY_REUSED',
  KeyInUse = 'IDEMPOTENCY_KEY_IN_USE',
}

const STATUS_BY_CODE: Record<IdempotencyErrorCode, HttpStatus> = {
  [IdempotencyErrorCode.InvalidKey]: HttpStatus.BAD_REQUEST,
  [IdempotencyErrorCode.KeyReused]: HttpStatus.UNPROCESSABLE_ENTITY,
  [IdempotencyErrorCode.KeyInUse]: HttpStatus.CONFLICT,
};

/** A request whose Idempotency-Key cannot be honoured, answered as problem+json with this code. */
export class IdempotencyException extends HttpException {
  constructor(
    readonly code: IdempotencyErrorCode,
    detail: string,
  ) {
    super({ code, message: detail }, STATUS_BY_CODE[code]);
  }
}
