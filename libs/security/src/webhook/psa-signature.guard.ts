import { CanActivate, ExecutionContext, Injectable, RawBodyRequest } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { FastifyRequest } from 'fastify';
import { SecurityErrorCode, SecurityException } from '../security.exception';
import { PSA_SIGNATURE_HEADER, verifyPsaSignature } from './psa-signature';

const REFUSAL: Record<'malformed' | 'stale' | 'mismatch', string> = {
  malformed: `The ${PSA_SIGNATURE_HEADER} header is missing or malformed.`,
  stale: 'The webhook signature timestamp is outside the accepted window.',
  mismatch: 'The webhook signature does not match the body.',
};

/** Lets a PSA webhook delivery in only when its signature matches the raw body it came with. */
@Injectable()
export class PsaSignatureGuard implements CanActivate {
  constructor(private readonly config: ConfigService) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<RawBodyRequest<FastifyRequest>>();
    if (!Buffer.isBuffer(request.rawBody))
      throw new Error('No raw body on the request: create the app with `rawBody: true`.');
    const header = request.headers[PSA_SIGNATURE_HEADER];
    const check = verifyPsaSignature(
      this.config.getOrThrow<string>('PSA_WEBHOOK_SECRET'),
      typeof header === 'string' ? header : undefined,
      request.rawBody,
    );
    if (check.valid) return true;
    throw new SecurityException(SecurityErrorCode.InvalidWebhookSignature, REFUSAL[check.reason]);
  }
}
