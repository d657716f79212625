/** Another job holds the entry's lease: this one is retried after its backoff. */
export class PostingBusyException extends Error {
  constructor(readonly postingId: string) {
    super(`Posting ${postingId} is being worked on by another job; trying again later.`);
    this.name = 'PostingBusyException';
  }
}
