/** A source system's id of a time entry or expense (the PSA's are digits). */
export const SOURCE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
