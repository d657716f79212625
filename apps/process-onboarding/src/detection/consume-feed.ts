/** A page of one of system-crm's change feeds. */
export interface FeedPage<T> {
  items: T[];
  nextCursor?: string;
  hasMore: boolean;
}

export interface FeedConsumer<T> {
  /** the next page after the consumer's checkpoint */
  read(): Promise<FeedPage<T>>;
  /** handles a page's items, idempotently (a page comes again after a crash before the save) */
  handle(items: T[]): Promise<void>;
  /** moves the consumer's checkpoint to the end of a handled page */
  save(cursor: string): Promise<void>;
}

/** Reads a feed from the consumer's checkpoint to its end, page by page; answers the items read. */
export async function consumeFeed<T>(consumer: FeedConsumer<T>): Promise<number> {
  let read = 0;
  for (;;) {
    const page = await consumer.read();
    if (page.items.length > 0) {
      await consumer.handle(page.items);
      if (page.nextCursor) await consumer.save(page.nextCursor);
      read += page.items.length;
    }
    if (!page.hasMore) return read;
  }
}
