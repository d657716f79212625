import { UseGuards, applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { Public } from '../public.decorator';
import { PsaSignatureGuard } from './psa-signature.guard';

/** Marks a PSA webhook endpoint: no bearer token, but a valid `X-PSA-Signature` over the raw body. */
export const PsaWebhook = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    ApiHeader({
      name: 'X-PSA-Signature',
      required: true,
      description: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "t.rawBody"> (within 300 s)',
    }),
    Public(),
    UseGuards(PsaSignatureGuard),
  );
