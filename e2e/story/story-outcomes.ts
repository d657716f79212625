/** One thing the story expects, and whether the gateway made it so. */
export interface StoryOutcome {
  step: StoryStep;
  expected: string;
  ok: boolean;
  detail?: string;
}

/** The steps of the Northwind story, in the order they run. */
export const STORY_STEPS = [
  'onboarding',
  'staffing change',
  'time',
  'postings',
  'billing',
  'payment',
  'summary',
] as const;

export type StoryStep = (typeof STORY_STEPS)[number];

/**
 * The outcomes of a story as it runs: each check is recorded, and each finished step is printed
 * as one progress line (✓ when every check of it held, ✗ with the failed ones otherwise).
 */
export class StoryOutcomes {
  readonly all: StoryOutcome[] = [];

  constructor(private readonly progress: (line: string) => void) {}

  check(step: StoryStep, expected: string, ok: boolean, detail?: string): boolean {
    this.all.push({ step, expected, ok, ...(detail === undefined ? {} : { detail }) });
    return ok;
  }

  /** Prints the step's line: its summary when every check held, else what did not. */
  finish(step: StoryStep, summary: string): void {
    const failed = this.of(step).filter((outcome) => !outcome.ok);
    if (failed.length === 0) this.progress(`✓ ${step}: ${summary}`);
    else
      this.progress(`✗ ${step}: ${failed.map((outcome) => describeFailure(outcome)).join('; ')}`);
  }

  /** A step that stopped with an error: recorded as its failed outcome. */
  broke(step: StoryStep, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.check(step, 'the step runs to its end', false, message);
    this.finish(step, '');
  }

  /** Steps after a broken one: recorded as not reached. */
  notReached(step: StoryStep): void {
    this.check(step, 'the step runs', false, 'not reached: an earlier step broke');
    this.finish(step, '');
  }

  of(step: StoryStep): StoryOutcome[] {
    return this.all.filter((outcome) => outcome.step === step);
  }
}

export function describeFailure(outcome: StoryOutcome): string {
  return outcome.detail ? `${outcome.expected} (${outcome.detail})` : outcome.expected;
}
