import { Vendor } from '../scenario/scenario.types';

const PREFIX = /^\/(crm|psa|erp|hcm)(?:[/?]|$)/;

/** The vendor a request path belongs to (`/erp/services/…` → erp), if any. */
export function vendorOfPath(url: string): Vendor | undefined {
  return PREFIX.exec(url)?.[1] as Vendor | undefined;
}
