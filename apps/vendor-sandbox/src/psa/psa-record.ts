/** One PSA record as the vendor holds and answers it: snake_case JSON values, ids as strings. */
export type PsaRecord = Record<string, unknown>;
