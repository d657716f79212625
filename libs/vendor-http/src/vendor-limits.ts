import type { VendorHttpError } from './vendor-http.exception';

export type VendorCircuitState = 'closed' | 'open' | 'half-open' | 'isolated';

/** vendor_http_circuit_state's value of each state (cockatiel's CircuitState numbers). */
export const CIRCUIT_GAUGE: Record<VendorCircuitState, number> = {
  closed: 0,
  open: 1,
  'half-open': 2,
  isolated: 3,
};

/** One attempt at a vendor: its answer (an error the vendor answered with included), or a throw. */
export type VendorAttempt<T> = () => Promise<T | VendorHttpError>;

/**
 * Where an attempt waits for its turn at a vendor: a concurrency slot, a rate-limit token, the
 * vendor's circuit and any pause a 429 asked for. An attempt that resolves counts as the vendor
 * answering; one that throws a VendorHttpError UNAVAILABLE counts towards opening the circuit.
 * An open circuit refuses with cockatiel's BrokenCircuitError, a full queue with its
 * BulkheadRejectedError.
 */
export interface VendorLimits {
  execute<T>(attempt: VendorAttempt<T>): Promise<T | VendorHttpError>;
  circuitState(): Promise<VendorCircuitState>;
  close(): Promise<void>;
}
