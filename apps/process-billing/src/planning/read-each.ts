import { bulkhead } from 'cockatiel';

/**
 * Reads on the wire at once: each read waits out a vendor round trip, and the system APIs pace
 * their vendor calls to the account's limits themselves, so a few at a time keep that pace full
 * where one at a time would leave the vendor idle between reads.
 */
const READS_AT_ONCE = 8;

/** `read` of each key, READS_AT_ONCE at a time; the first failure is thrown. */
export async function readEach<T>(
  keys: readonly string[],
  read: (key: string) => Promise<T>,
): Promise<Map<string, T>> {
  const slots = bulkhead(READS_AT_ONCE, Number.MAX_SAFE_INTEGER);
  const values = await Promise.all(keys.map((key) => slots.execute(() => read(key))));
  return new Map(keys.map((key, index) => [key, values[index]]));
}
