import { All, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { crmError } from '../crm/crm-errors';
import { ErpErrorCode, erpError } from '../erp/erp-errors';
import { hcmError } from '../hcm/hcm-errors';
import { psaError } from '../psa/psa-errors';
import { VendorErrorReply } from './vendor-errors';
import { VendorController } from './vendor-controller.decorator';
import { VendorHttpException } from './vendor-http.exception';
import { VENDOR_ERRORS } from './vendor-pipeline';

const notFound = (reply: VendorErrorReply): never => {
  throw new VendorHttpException(reply);
};

/** A path no dialect serves still answers in its vendor's shape, never as problem+json. */
@VendorController(VENDOR_ERRORS.erp, '')
export class VendorNotFoundController {
  @All('crm/*')
  crm(): never {
    return notFound(crmError(404, 'NOT_FOUND', 'The requested resource does not exist'));
  }

  @All('psa/*')
  psa(@Req() request: FastifyRequest): never {
    return notFound(psaError(404, 'system', `No route matches ${request.method} ${request.url}`));
  }

  @All('erp/*')
  erp(@Req() request: FastifyRequest): never {
    return notFound(
      erpError(404, ErpErrorCode.NONEXISTENT_ID, `No resource at ${request.url.split('?')[0]}.`),
    );
  }

  @All('hcm/*')
  hcm(): never {
    return notFound(hcmError(404, 'Resource not found'));
  }
}
