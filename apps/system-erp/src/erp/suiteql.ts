/**
 * A text value inside a SuiteQL statement. Quotes are doubled; control characters and backslashes
 * (which some SQL dialects read as escapes) are refused rather than guessed at. Request DTOs
 * already hold values to plain patterns: this is the last line, not the only one.
 */
export function suiteQlText(value: string): string {
  if ([...value].some((char) => char === '\\' || char < ' ' || char === '\u007f'))
    throw new RangeError('a SuiteQL value cannot hold control characters or backslashes');
  return `'${value.replace(/'/g, "''")}'`;
}

/** SuiteQL's booleans are T and F. */
export function isTrue(value: string | undefined): boolean {
  return value === 'T';
}
