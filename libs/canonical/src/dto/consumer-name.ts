/** How a consumer of a system API's feeds is named (letters, digits, `.`, `_`, `-`). */
export const CONSUMER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
