import { IsoDate } from '../scenario/scenario.types';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The sandbox's time. A world starts at 09:00 UTC on the scenario's `asOf` (its "today") and runs
 * on with real time from then, so timestamps (LastModifiedDate, updated_at, event times) move
 * forward while "today" stays the scenario's date for any test of reasonable length. `advance`
 * lets tests jump ahead (e.g. past a feed's retention).
 */
export class SandboxClock {
  private readonly startedAt: number;
  private offsetMs: number;
  private last = 0;

  constructor(
    readonly asOf: IsoDate,
    private readonly realNow: () => number = Date.now,
  ) {
    this.startedAt = realNow();
    this.offsetMs = Date.parse(`${asOf}T09:00:00.000Z`) - this.startedAt;
  }

  /** Never goes backwards, even if the host clock does. */
  now(): Date {
    this.last = Math.max(this.last, this.realNow() + this.offsetMs);
    return new Date(this.last);
  }

  today(): IsoDate {
    return this.now().toISOString().slice(0, 10);
  }

  advance(ms: number): void {
    if (ms < 0) throw new RangeError('the sandbox clock only moves forward');
    this.offsetMs += ms;
  }

  advanceDays(days: number): void {
    this.advance(days * DAY_MS);
  }
}
