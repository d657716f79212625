/** How the batch call answered one item: its own result or its own failure. */
export type ItemOutcome<R> = PromiseSettledResult<R>;

/**
 * Gathers the items callers submit one by one into calls of up to `size` items: a call goes out
 * as soon as `size` items wait, or `lingerMs` after the first of them, so a lone item waits no
 * longer than that. Each caller gets its own item's outcome; a failure of the whole call reaches
 * every caller of it.
 */
export class CallBatcher<I, R> {
  private waiting: { item: I; resolve: (result: R) => void; reject: (error: unknown) => void }[] =
    [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly size: number,
    private readonly lingerMs: number,
    private readonly send: (items: I[]) => Promise<ItemOutcome<R>[]>,
  ) {}

  submit(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (this.waiting.length >= this.size) this.sendWaiting();
      else this.timer ??= setTimeout(() => this.sendWaiting(), this.lingerMs);
    });
  }

  private sendWaiting(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.call(this.waiting.splice(0, this.size));
  }

  private call(batch: CallBatcher<I, R>['waiting']): void {
    this.send(batch.map(({ item }) => item)).then(
      (outcomes) =>
        batch.forEach(({ resolve, reject }, index) => {
          const outcome = outcomes[index];
          if (outcome.status === 'fulfilled') resolve(outcome.value);
          else reject(outcome.reason);
        }),
      (error: unknown) => batch.forEach(({ reject }) => reject(error)),
    );
  }
}
