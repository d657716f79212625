import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type BrowserContext, type Page, chromium } from 'playwright-core';

const ROOT = resolve(__dirname, '../..');

/** Where the browser tests write a screenshot of every page at both widths (gitignored). */
export const SCREENSHOTS = join(ROOT, 'test-output/workbench-screenshots');

/** The two widths the workbench must work at: a laptop and a phone. */
export const WIDTHS = { desktop: 1280, phone: 390 } as const;

/** Builds the workbench as `npm run build` does, into a folder of the test's own. */
export async function buildWorkbench(): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'workbench-ui-'));
  await promisify(execFile)(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      join(ROOT, 'apps/workbench/vite.config.mts'),
      '--outDir',
      out,
      '--logLevel',
      'error',
    ],
    { cwd: ROOT, timeout: 120_000 },
  );
  return out;
}

/**
 * Debian's headless Chromium, driven by Playwright, on a profile of its own that is thrown away
 * afterwards; nothing it does reaches the network beyond the pages it is sent to.
 */
export class WorkbenchBrowser {
  private constructor(
    private readonly context: BrowserContext,
    private readonly profile: string,
  ) {}

  static async launch(): Promise<WorkbenchBrowser> {
    const profile = await mkdtemp(join(tmpdir(), 'workbench-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: WIDTHS.desktop, height: 900 },
    });
    context.setDefaultTimeout(30_000);
    await mkdir(SCREENSHOTS, { recursive: true });
    return new WorkbenchBrowser(context, profile);
  }

  /** A fresh tab: its own session storage, so nobody is signed in yet. */
  page(): Promise<Page> {
    return this.context.newPage();
  }

  async close(): Promise<void> {
    await this.context.close();
    await rm(this.profile, { recursive: true, force: true });
  }
}

export interface AxeViolation {
  id: string;
  impact?: string;
  help: string;
  nodes: { target: string[] }[];
}

let axeSource: Promise<string> | undefined;

/** axe-core run in the page: the serious and critical WCAG 2 A/AA violations it finds. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(await axeSource);
  const violations = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) => result.violations)`,
  )) as AxeViolation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target }) => ({ target })),
    }));
}

/** A full-page screenshot at both widths, named after the page. */
export async function screenshots(page: Page, name: string): Promise<void> {
  for (const [label, width] of Object.entries(WIDTHS)) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({
      path: join(SCREENSHOTS, `${name}-${label}-${width}.png`),
      fullPage: true,
    });
  }
  await page.setViewportSize({ width: WIDTHS.desktop, height: 900 });
}
