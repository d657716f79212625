import { VendorErrorReply } from './vendor-errors';

/** A vendor route's error, answered exactly as given (status, the vendor's body, headers). */
export class VendorHttpException extends Error {
  constructor(readonly reply: VendorErrorReply) {
    super(`vendor error ${reply.status}`);
    this.name = 'VendorHttpException';
  }
}
