/** An id the gateway issues or derives (a canonical project id, a posting id). */
export const GATEWAY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
