/**
 * `npm run demo`: tells Northwind's project-to-cash story on the whole gateway and says whether it
 * came out right. It runs the gateway itself, in this one process (the vendor sandbox, the system
 * and process apps with their workers, the experience API), on a fresh database and Redis prefix
 * of its own, dropped at the end — so every run starts from Northwind's default world and it can
 * be run again and again. Postgres and Redis must be up where the tests expect them
 * (`TEST_DATABASE_ADMIN_URL`, `TEST_REDIS_URL`; by default on 127.0.0.1). It prints a line per step as the story goes, then the finance dashboard's figures, the
 * reconciliation and the open exceptions by reason, then a verdict: exit 0 only when every
 * outcome held, else 1, naming each one that did not. The same story runs in `npm test` as
 * e2e/northwind-story.spec.ts.
 */
import globalSetup from '../libs/testing/src/global-setup';
import globalTeardown from '../libs/testing/src/global-teardown';
import { ExperienceTestBed } from '@p2c/apps/experience-api/src/testing/experience-test-bed';
import { NORTHWIND_STORY_BED, StoryReport, runNorthwindStory } from '../e2e/story/northwind-story';
import { describeFailure } from '../e2e/story/story-outcomes';

async function tellStory(): Promise<StoryReport> {
  await globalSetup();
  try {
    console.log('Starting the gateway on a fresh database and Redis prefix…');
    const bed = await ExperienceTestBed.start(NORTHWIND_STORY_BED);
    try {
      return await runNorthwindStory(bed, (line) => console.log(line));
    } finally {
      await bed.close();
    }
  } finally {
    await globalTeardown();
  }
}

function printSummary(report: StoryReport): void {
  console.log('\nFinance dashboard');
  console.table(report.financeDashboard);
  console.log('Reconciliation');
  console.table(report.reconciliation);
  console.log('Open exceptions by reason');
  console.table(report.exceptions);
}

/** The verdict line (and each outcome that did not hold); true when the story came out right. */
function printVerdict(report: StoryReport): boolean {
  const failed = report.outcomes.filter((outcome) => !outcome.ok);
  if (failed.length === 0) {
    console.log(
      `\n✓ The Northwind story came out right: all ${report.outcomes.length} outcomes held.`,
    );
    return true;
  }
  console.log(
    `\n✗ The Northwind story did not come out right: ${failed.length} of ${report.outcomes.length} outcomes did not hold.`,
  );
  for (const outcome of failed) console.log(`  ✗ ${outcome.step}: ${describeFailure(outcome)}`);
  return false;
}

tellStory().then(
  (report) => {
    printSummary(report);
    process.exit(printVerdict(report) ? 0 : 1);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  },
);
