import { Counter, Gauge, Histogram, Metric, register } from 'prom-client';

export interface VendorHttpMetrics {
  duration: Histogram<'vendor' | 'method' | 'status'>;
  outcomes: Counter<'vendor' | 'method' | 'outcome'>;
  retries: Counter<'vendor' | 'method'>;
  circuit: Gauge<'vendor'>;
  inFlight: Gauge<'vendor'>;
  rateLimited: Counter<'vendor'>;
  slotWaits: Counter<'vendor' | 'reason'>;
  slotWait: Histogram<'vendor'>;
  shared: Gauge<'vendor'>;
}

/** Registers a metric once per process; every client of the process shares it. */
function once<T extends Metric>(name: string, create: (name: string) => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create(name);
}

export function vendorHttpMetrics(): VendorHttpMetrics {
  return {
    duration: once(
      'vendor_http_request_duration_seconds',
      (name) =>
        new Histogram({
          name,
          help: 'Time of each attempt at a vendor call, by HTTP status or failure (timeout, network, too_large)',
          labelNames: ['vendor', 'method', 'status'],
          buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
        }),
    ),
    outcomes: once(
      'vendor_http_requests_total',
      (name) =>
        new Counter({
          name,
          help: 'Vendor calls by final outcome (success or the error kind), retries included',
          labelNames: ['vendor', 'method', 'outcome'],
        }),
    ),
    retries: once(
      'vendor_http_retries_total',
      (name) =>
        new Counter({
          name,
          help: 'Vendor call attempts repeated after a retryable failure',
          labelNames: ['vendor', 'method'],
        }),
    ),
    circuit: once(
      'vendor_http_circuit_state',
      (name) =>
        new Gauge({
          name,
          help: "A vendor's circuit: 0 closed, 1 open, 2 half-open, 3 held open",
          labelNames: ['vendor'],
        }),
    ),
    inFlight: once(
      'vendor_http_in_flight_requests',
      (name) =>
        new Gauge({
          name,
          help: 'Vendor requests on the wire now',
          labelNames: ['vendor'],
        }),
    ),
    rateLimited: once(
      'vendor_http_rate_limited_total',
      (name) =>
        new Counter({
          name,
          help: 'Answers 429 (rate or concurrency limit) a vendor gave this process',
          labelNames: ['vendor'],
        }),
    ),
    slotWaits: once(
      'vendor_http_slot_waits_total',
      (name) =>
        new Counter({
          name,
          help: "Calls that waited for the vendor's shared limits, by what held them first: busy (every slot taken), rate, paused (after a 429)",
          labelNames: ['vendor', 'reason'],
        }),
    ),
    slotWait: once(
      'vendor_http_slot_wait_seconds',
      (name) =>
        new Histogram({
          name,
          help: "Time a call that had to wait spent waiting for the vendor's shared limits",
          labelNames: ['vendor'],
          buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        }),
    ),
    shared: once(
      'vendor_http_limits_shared',
      (name) =>
        new Gauge({
          name,
          help: "1 while the vendor's limits are shared through Redis, 0 while this process keeps to its share alone",
          labelNames: ['vendor'],
        }),
    ),
  };
}
