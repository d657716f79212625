export type VendorHttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type VendorQuery = Record<
  string,
  string | number | boolean | undefined | readonly (string | number)[]
>;

export interface VendorRequest {
  method: VendorHttpMethod;
  /**
   * Relative to the vendor's base URL (`/record/v1/customer/42`), or an absolute URL on the same
   * origin (a paging link the vendor handed out).
   */
  path: string;
  /** undefined values are left out, arrays repeat the parameter */
  query?: VendorQuery;
  /** objects and arrays are sent as JSON; strings and bytes as they are */
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * May the request be repeated after it may have reached the vendor (timeout, dropped
   * connection, 5xx)? Defaults to true for every method but POST.
   */
  idempotent?: boolean;
}

export interface VendorResponse<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** parsed when the vendor said JSON, text otherwise, undefined when empty */
  body: T;
}
