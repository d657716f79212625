import { z } from 'zod';
import { messagingConfigShape } from '@p2c/messaging';
import type { VendorHttpSettings } from './vendor-http-settings';
import { VENDORS, VendorName } from './vendor-name';

const SANDBOX = 'http://127.0.0.1:4000';

interface VendorDefaults {
  baseUrl: string;
  maxConcurrency: number;
  ratePerSecond: number;
}

/**
 * Out of the box every vendor is the embedded sandbox. Limits sit below what the vendors enforce:
 * the ERP's account-wide concurrency limit is shared with other integrations (sandbox: 10), the PSA
 * answers 429 under load without saying for how long.
 */
const VENDOR_DEFAULTS: Record<VendorName, VendorDefaults> = {
  crm: { baseUrl: `${SANDBOX}/crm/services/data/v60.0`, maxConcurrency: 10, ratePerSecond: 25 },
  psa: { baseUrl: `${SANDBOX}/psa/api/v1`, maxConcurrency: 10, ratePerSecond: 10 },
  erp: { baseUrl: `${SANDBOX}/erp/services/rest`, maxConcurrency: 8, ratePerSecond: 20 },
  hcm: { baseUrl: `${SANDBOX}/hcm`, maxConcurrency: 5, ratePerSecond: 10 },
};

const count = (min: number, fallback: number) => z.coerce.number().int().min(min).default(fallback);

function vendorShape(defaults: VendorDefaults) {
  return {
    BASE_URL: z.string().url().default(defaults.baseUrl),
    TOKEN: z.string().min(1),
    TIMEOUT_MS: count(1, 10_000),
    CONNECT_TIMEOUT_MS: count(1, 3_000),
    MAX_CONCURRENCY: count(1, defaults.maxConcurrency),
    RATE_PER_SECOND: z.coerce.number().min(0).default(defaults.ratePerSecond),
    RATE_BURST: count(1, 5),
    MAX_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  };
}

type VendorShape = ReturnType<typeof vendorShape>;
type Prefix = Uppercase<VendorName>;
type PrefixedShape<P extends Prefix> = { [K in keyof VendorShape as `${P}_${K}`]: VendorShape[K] };

function prefixed<P extends Prefix>(prefix: P, shape: VendorShape): PrefixedShape<P> {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [`${prefix}_${key}`, schema]),
  ) as PrefixedShape<P>;
}

/** Variables of the vendor HTTP clients: `<VENDOR>_*` per vendor, `VENDOR_*` for all of them. */
export const vendorHttpConfigShape = {
  ...prefixed('CRM', vendorShape(VENDOR_DEFAULTS.crm)),
  ...prefixed('PSA', vendorShape(VENDOR_DEFAULTS.psa)),
  ...prefixed('ERP', vendorShape(VENDOR_DEFAULTS.erp)),
  ...prefixed('HCM', vendorShape(VENDOR_DEFAULTS.hcm)),
  VENDOR_MAX_QUEUED: count(0, 500),
  VENDOR_RETRY_BASE_DELAY_MS: count(1, 200),
  VENDOR_RETRY_MAX_DELAY_MS: count(1, 10_000),
  VENDOR_BREAKER_THRESHOLD: count(1, 5),
  VENDOR_BREAKER_HALF_OPEN_AFTER_MS: count(1, 30_000),
  VENDOR_MAX_RESPONSE_BYTES: count(1, 16 * 1024 * 1024),
  /** replicas of the app sharing each vendor's limits: each keeps to 1/N of them without Redis */
  VENDOR_REPLICAS: count(1, 1),
  /** how long a 429 without Retry-After pauses every replica's calls to that vendor */
  VENDOR_RATE_LIMITED_PAUSE_MS: count(0, 1000),
  /** the limits are shared in Redis under REDIS_PREFIX, as the app's queues are */
  REDIS_URL: messagingConfigShape.REDIS_URL,
  REDIS_PREFIX: messagingConfigShape.REDIS_PREFIX,
};

type FullShape = typeof vendorHttpConfigShape;
type OtherVendorKey<V extends VendorName> = `${Uppercase<Exclude<VendorName, V>>}_${string}`;

export type VendorHttpConfigShape<V extends VendorName> = {
  [K in keyof FullShape as K extends OtherVendorKey<V> ? never : K]: FullShape[K];
};

export type VendorHttpConfig<V extends VendorName = VendorName> = z.infer<
  z.ZodObject<VendorHttpConfigShape<V>>
>;

/**
 * The variables of only the vendors an app talks to: a system API for the ERP must not need a CRM
 * token to start.
 */
export function vendorHttpConfigShapeFor<V extends VendorName>(
  vendors: readonly V[],
): VendorHttpConfigShape<V> {
  const others = VENDORS.filter((vendor) => !(vendors as readonly VendorName[]).includes(vendor));
  const prefixes = others.map((vendor) => `${vendor.toUpperCase()}_`);
  return Object.fromEntries(
    Object.entries(vendorHttpConfigShape).filter(
      ([key]) => !prefixes.some((prefix) => key.startsWith(prefix)),
    ),
  ) as VendorHttpConfigShape<V>;
}

/** The sandbox's tokens: development and test only (parseConfig drops them in production). */
export const vendorHttpDevSecrets: Record<`${Prefix}_TOKEN`, string> = {
  CRM_TOKEN: 'crm-dev-token',
  PSA_TOKEN: 'psa-dev-token',
  ERP_TOKEN: 'erp-dev-token',
  HCM_TOKEN: 'hcm-dev-token',
};

/** Where and how the vendors' limits are shared between replicas, out of the parsed config. */
export interface SharedLimitsSettings {
  redisUrl: string;
  prefix: string;
  replicas: number;
  rateLimitedPauseMs: number;
}

/** One vendor's client settings out of the parsed config. */
export function vendorHttpSettings<V extends VendorName>(
  vendor: V,
  vendorConfig: VendorHttpConfig<V>,
): VendorHttpSettings {
  // the keys of other vendors are absent, and only this vendor's are read
  const config = vendorConfig as unknown as VendorHttpConfig;
  const own = <K extends keyof VendorShape>(key: K) =>
    config[`${vendor.toUpperCase() as Prefix}_${key}`] as z.infer<VendorShape[K]>;
  return {
    vendor,
    baseUrl: own('BASE_URL'),
    token: own('TOKEN'),
    timeoutMs: own('TIMEOUT_MS'),
    connectTimeoutMs: own('CONNECT_TIMEOUT_MS'),
    maxConcurrency: own('MAX_CONCURRENCY'),
    maxQueued: config.VENDOR_MAX_QUEUED,
    ratePerSecond: own('RATE_PER_SECOND'),
    rateBurst: own('RATE_BURST'),
    maxRetries: own('MAX_RETRIES'),
    retryBaseDelayMs: config.VENDOR_RETRY_BASE_DELAY_MS,
    retryMaxDelayMs: config.VENDOR_RETRY_MAX_DELAY_MS,
    breakerThreshold: config.VENDOR_BREAKER_THRESHOLD,
    breakerHalfOpenAfterMs: config.VENDOR_BREAKER_HALF_OPEN_AFTER_MS,
    maxResponseBytes: config.VENDOR_MAX_RESPONSE_BYTES,
  };
}
