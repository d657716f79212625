/** The JSON of each dashboard reading, kept for as long as the reading itself is. */
const serialised = new WeakMap<object, string>();

/**
 * A dashboard reading as its JSON answer, serialised once per reading: every caller the cache
 * answers from one reading gets the same string instead of serialising the object again.
 */
export function dashboardJson(reading: object): string {
  let json = serialised.get(reading);
  if (json === undefined) {
    json = JSON.stringify(reading);
    serialised.set(reading, json);
  }
  return json;
}
