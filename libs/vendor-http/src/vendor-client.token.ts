import { Inject } from '@nestjs/common';
import type { VendorName } from './vendor-name';

/** Every VendorHttpClient the module built (readiness, shutdown). */
export const VENDOR_HTTP_CLIENTS = Symbol('VENDOR_HTTP_CLIENTS');

/** The injection token of one vendor's VendorHttpClient. */
export function vendorClientToken(vendor: VendorName): string {
  return `VendorHttpClient:${vendor}`;
}

/** `constructor(@InjectVendorClient('erp') private readonly erp: VendorHttpClient)` */
export const InjectVendorClient = (vendor: VendorName) => Inject(vendorClientToken(vendor));
