import { UseGuards, applyDecorators } from '@nestjs/common';
import { Public } from '../public.decorator';
import { PsaSignatureGuard } from './psa-signature.guard';

/** Marks a PSA webhook endpoint: no bearer token, but a valid `X-PSA-Signature` over the raw body. */
export const PsaWebhook = (): MethodDecorator & ClassDecorator =>
  applyDecorators(Public(), UseGuards(PsaSignatureGuard));
