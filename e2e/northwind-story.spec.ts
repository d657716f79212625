import { ExperienceTestBed } from '@p2c/apps/experience-api/src/testing/experience-test-bed';
import { NORTHWIND_STORY_BED, StoryReport, runNorthwindStory } from './story/northwind-story';
import { STORY_STEPS, describeFailure } from './story/story-outcomes';

/**
 * Northwind's project-to-cash story on the whole gateway, as `npm run demo` tells it: each step's
 * outcomes must hold.
 */
describe('the Northwind story', () => {
  let bed: ExperienceTestBed;
  let report: StoryReport;

  beforeAll(async () => {
    bed = await ExperienceTestBed.start(NORTHWIND_STORY_BED);
    report = await runNorthwindStory(bed, () => undefined);
  }, 300_000);

  // closing waits for the jobs the process apps' workers hold
  afterAll(() => bed?.close(), 120_000);

  it.each(STORY_STEPS)('%s: every outcome holds', (step) => {
    const outcomes = report.outcomes.filter((outcome) => outcome.step === step);
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.filter((outcome) => !outcome.ok).map(describeFailure)).toEqual([]);
  });
});
