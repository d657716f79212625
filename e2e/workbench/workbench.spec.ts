import { rm } from 'node:fs/promises';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { createHttpApp } from '@p2c/platform';
import { Role, securityDevSecrets } from '@p2c/security';
import { waitFor } from '@p2c/testing';
import { ExperienceApiModule } from '@p2c/apps/experience-api/src/experience-api.module';
import { ExperienceTestBed } from '@p2c/apps/experience-api/src/testing/experience-test-bed';
import { postTime, projectOfDeal } from '@p2c/apps/experience-api/src/testing/billed-work';
import {
  WIDTHS,
  WorkbenchBrowser,
  buildWorkbench,
  screenshots,
  seriousViolations,
} from './workbench-browser';

/** PARTNER-ALPHA's customers' deals (Contoso in the US, Tailspin in the UK); Adatum is BETA's. */
const CONTOSO = '006NW000101';
const TAILSPIN = '006NW000103';
const ADATUM = '006NW000105';

/** Waits on what the page shows, never on the clock: generous, for a loaded CI machine. */
const UI = { timeout: 60_000 };

/**
 * The finance workbench in headless Chromium against the whole gateway: finance signs in, sees the
 * API's figures, clears a real exception and approves a held billing event; a partner sees only
 * its own projects; every page passes axe and is photographed at 1280 and 390 px.
 */
describe('the finance workbench in a browser', () => {
  let bed: ExperienceTestBed;
  let browser: WorkbenchBrowser;
  let built: string;
  const projects: Record<string, string> = {};

  beforeAll(async () => {
    built = await buildWorkbench();
    bed = await ExperienceTestBed.start({
      env: { DASHBOARD_CACHE_MS: '0', WORKBENCH_UI_DIR: built },
      // Contoso's four 8 h days are above NWA-US's threshold: its event waits for approval
      processEnv: { BILLING_APPROVAL_THRESHOLDS: '{"NWA-US":"5000.00"}' },
    });
    for (const deal of [CONTOSO, TAILSPIN, ADATUM]) projects[deal] = await projectOfDeal(bed, deal);
    await postTime(
      bed,
      ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19'].map((date) => ({
        opportunity: CONTOSO,
        worker: 'E1003',
        date,
        hours: 8,
      })),
    );
    browser = await WorkbenchBrowser.launch();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await bed?.close();
    if (built) await rm(built, { recursive: true, force: true });
  }, 120_000);

  const finance = () => bed.client(bed.token(Role.Finance, { subject: 'fiona.finance' }));

  async function signInAs(page: Page, role: string, partnerId?: string): Promise<void> {
    await page.goto(`${bed.url}/workbench/`);
    await page.getByLabel('Role', { exact: true }).selectOption(role);
    if (partnerId) await page.getByLabel('Partner id', { exact: true }).fill(partnerId);
    await page.getByRole('button', { name: 'Get a development token' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor(UI);
  }

  /** Opens a page afresh: a full load, so what it shows is what the API answers now. */
  async function visit(page: Page, hash: string, heading: string): Promise<void> {
    const url = `${bed.url}/workbench/#/${hash}`;
    if (page.url() === url) await page.reload();
    else await page.goto(url);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor(UI);
    await page
      .getByRole('status')
      .filter({ hasText: /^Loading/ })
      .first()
      .waitFor({ state: 'detached', ...UI });
  }

  const figure = (page: Page, name: string) => page.locator(`[data-figure="${name}"]`);

  describe('its files and development sign-in', () => {
    it('serves the built page at /workbench/ with a strict content security policy', async () => {
      await request(bed.url).get('/workbench').expect(301).expect('location', '/workbench/');
      const page = await request(bed.url).get('/workbench/').expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toContain('<div id="root"></div>');
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    });

    it('signs a development token for a role that the API accepts', async () => {
      const answer = await request(bed.url)
        .post('/dev/tokens')
        .send({ role: 'partner', partnerId: 'PARTNER-ALPHA' })
        .expect(200);
      expect(answer.body).toMatchObject({ subject: 'partner-PARTNER-ALPHA', expiresIn: 28_800 });
      const mine = await bed.api('get', '/partner/projects', answer.body.token).expect(200);
      expect(mine.body.items.map((item: { project: string }) => item.project).sort()).toEqual(
        [projects[CONTOSO], projects[TAILSPIN]].sort(),
      );
    });

    it.each([
      [{ role: 'service' }, /role must be one of/],
      [{ role: 'partner' }, /partnerId/],
      [
        { role: 'finance', partnerId: 'PARTNER-ALPHA', extra: 1 },
        /property extra should not exist/,
      ],
    ])('refuses %j with a 400 problem and signs nothing', async (body, message) => {
      const answer = await request(bed.url).post('/dev/tokens').send(body).expect(400);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      expect(JSON.stringify(answer.body)).toMatch(message);
      expect(answer.body.token).toBeUndefined();
    });

    it('does not exist in production', async () => {
      let production: NestFastifyApplication | undefined;
      try {
        production = await createHttpApp(
          ExperienceApiModule.with({
            env: { ...bed.env, ...securityDevSecrets, NODE_ENV: 'production' },
          }),
          'experience-api',
        );
        await production.listen(0, '127.0.0.1');
        const answer = await request(production.getHttpServer())
          .post('/dev/tokens')
          .send({ role: 'admin' })
          .expect(404);
        expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(answer.body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
        expect(answer.body.token).toBeUndefined();
      } finally {
        await production?.close();
      }
    }, 60_000);
  });

  describe('for finance', () => {
    let page: Page;

    beforeAll(async () => {
      page = await browser.page();
      await signInAs(page, 'finance');
    }, 120_000);

    afterAll(() => page?.close());

    it('keeps the token out of the URL, in this tab’s session storage', async () => {
      expect(page.url()).not.toMatch(/eyJ/);
      const stored = await page.evaluate("Object.values(sessionStorage).join(' ')");
      expect(stored).toMatch(/^eyJ/);
    });

    it('shows the dashboard figures the API answers', async () => {
      await visit(page, 'dashboard', 'Finance dashboard');
      const { data } = await finance().GET('/dashboards/finance');
      expect(await figure(page, 'unposted-entries').textContent()).toBe(
        String(data!.unposted.entries),
      );
      expect(await figure(page, 'unposted-hours').textContent()).toBe(data!.unposted.hours);
      expect(await figure(page, 'unposted-unpriced').textContent()).toBe(
        String(data!.unposted.unpriced),
      );
      expect(await figure(page, 'pending-approval-events').textContent()).toBe(
        String(data!.pendingApproval.reduce((sum, total) => sum + total.events, 0)),
      );
      for (const dso of data!.daysSalesOutstanding)
        expect(await figure(page, `dso-${dso.legalEntity}`).textContent()).toBe(
          dso.days === undefined ? 'no sales' : `${dso.days} days`,
        );
    }, 90_000);

    it('retries a real exception once its cause is fixed in the ERP, and shows it resolved', async () => {
      // Litware's onboarding stopped on its cost centre, which the ERP does not have yet
      const { data: open } = await finance().GET('/exceptions', {
        params: { query: { reason: 'INVALID_DIMENSION', status: 'open' } },
      });
      const blocked = open!.items.find((item) => item.app === 'process-onboarding')!;
      expect(blocked).toBeDefined();

      await visit(page, 'exceptions?status=open&reason=INVALID_DIMENSION', 'Exceptions');
      const row = page.locator(`tr[data-exception="${blocked.id}"]`);
      await row.waitFor(UI);
      expect(await row.textContent()).toContain(blocked.subjectId);

      // the fix: someone adds the department in the ERP's own screens
      const [subsidiary] = (
        await bed.admin<{ items: { id: string }[] }>('/state/erp/subsidiary?externalId=NWA-DE')
      ).items;
      await bed.admin('/state/erp/department', {
        body: {
          name: 'Data & Analytics DE',
          externalId: 'DE-DATA',
          subsidiary: { id: subsidiary.id },
        },
      });

      await row.getByRole('checkbox').check();
      await page.getByRole('button', { name: 'Retry selected' }).click();
      const outcome = page.getByText(/^Retrying 1: .* 0 pending\./).or(page.getByRole('alert'));
      await outcome.first().waitFor(UI);
      expect(await outcome.first().textContent()).toBe(
        'Retrying 1: 1 retried, 0 refused, 0 pending.',
      );

      await waitFor(
        async () => {
          await visit(
            page,
            `exceptions?status=resolved&reason=INVALID_DIMENSION&id=${blocked.id}`,
            'Exceptions',
          );
          return (await page.locator(`tr[data-exception="${blocked.id}"]`).count()) === 1;
        },
        { timeoutMs: 90_000, intervalMs: 1_000, what: 'the case to show as resolved' },
      );
      const history = page.getByRole('region', { name: 'Case history' });
      await history.getByText('· resolved ·', { exact: false }).waitFor(UI);
      // the development sign-in named the finance user dev-finance: the audit says it retried
      expect(await history.textContent()).toContain('exception.retry by dev-finance');
    }, 240_000);

    it('runs billing with its progress, approves the held event and shows its invoice', async () => {
      await visit(page, 'billing', 'Billing');
      await page.getByLabel('Legal entity', { exact: true }).fill('NWA-US');
      await page.getByLabel('Period (YYYY-MM)', { exact: true }).fill('2026-11');
      await page.getByRole('button', { name: 'Start the billing run' }).click();
      await page
        .locator('[data-run-status]')
        .filter({ hasText: /awaiting_approval|completed/ })
        .waitFor({ timeout: 120_000 });
      expect(await page.getByRole('progressbar', { name: 'Billing run progress' }).count()).toBe(1);

      const held = page.locator('tr[data-event]').filter({ hasText: projects[CONTOSO] });
      await held.waitFor(UI);
      const event = (await held.getAttribute('data-event'))!;
      await held.getByRole('button', { name: `Approve ${projects[CONTOSO]}` }).click();

      const invoice = page.locator(`tr[data-invoice-of="${event}"]`);
      await waitFor(
        async () => {
          await visit(page, 'billing', 'Billing');
          return (await invoice.count()) === 1 && !(await invoice.textContent())!.startsWith('—');
        },
        { timeoutMs: 90_000, intervalMs: 1_000, what: 'the approved event’s invoice' },
      );
      const { data } = await finance().GET('/billing-events/{id}', {
        params: { path: { id: event } },
      });
      expect(data!.status).toBe('invoiced');
      expect(data!.decidedBy).toBe('dev-finance');
      expect(await invoice.textContent()).toContain(data!.invoiceNumber!);
      expect(await page.locator(`tr[data-event="${event}"]`).count()).toBe(0);
    }, 240_000);

    it('shows a problem as the API worded it', async () => {
      await visit(page, 'billing', 'Billing');
      await page.getByLabel('Legal entity', { exact: true }).fill('NWA-XX');
      await page.getByLabel('Period (YYYY-MM)', { exact: true }).fill('2026-11');
      await page.getByRole('button', { name: 'Start the billing run' }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor(UI);
      const { error } = await finance().POST('/billing-runs', {
        params: { header: { 'Idempotency-Key': `bad-entity-${Date.now()}` } },
        body: { legalEntity: 'NWA-XX', period: '2026-11' },
      });
      const problem = error as unknown as { title: string; detail: string; code: string };
      expect(await alert.textContent()).toContain(problem.detail);
      expect(await alert.textContent()).toContain(problem.code);
    }, 90_000);

    it.each([
      ['dashboard', 'dashboard', 'Finance dashboard'],
      ['exceptions', 'exceptions?status=', 'Exceptions'],
      ['billing', 'billing', 'Billing'],
      ['reconciliation', 'reconciliation', 'Reconciliation'],
      ['lineage', 'lineage', 'Lineage'],
      ['delivery', 'delivery?period=2026-11', 'Delivery'],
    ])(
      'the %s page passes axe and fits both widths',
      async (name, hash, heading) => {
        await visit(page, hash, heading);
        if (name === 'reconciliation') {
          await page.getByLabel('Legal entity', { exact: true }).fill('NWA-US');
          await page.getByLabel('Period (YYYY-MM)', { exact: true }).fill('2026-11');
          await page.getByRole('button', { name: 'Reconcile now' }).click();
          await page.getByRole('region', { name: 'NWA-US 2026-11' }).waitFor({ timeout: 120_000 });
        }
        if (name === 'lineage') {
          const { data } = await finance().GET('/billing-events', {
            params: { query: { status: 'invoiced', limit: 1 } },
          });
          await visit(page, `lineage?invoice=${data!.items[0].billingEvent}`, heading);
          await page.locator('[data-stage="invoice"]').waitFor(UI);
        }
        expect(await seriousViolations(page)).toEqual([]);
        await screenshots(page, name);
        await page.setViewportSize({ width: WIDTHS.phone, height: 900 });
        expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
          WIDTHS.phone,
        );
        expect(await seriousViolations(page)).toEqual([]);
        await page.setViewportSize({ width: WIDTHS.desktop, height: 900 });
      },
      180_000,
    );
  });

  describe('for a partner', () => {
    let page: Page;

    beforeAll(async () => {
      page = await browser.page();
      await signInAs(page, 'partner', 'PARTNER-ALPHA');
    }, 120_000);

    afterAll(() => page?.close());

    it('shows only the partner’s own projects', async () => {
      await visit(page, 'partner', 'Your projects');
      const rows = page.locator('tr[data-project]');
      await rows.first().waitFor(UI);
      const shown: string[] = [];
      for (let index = 0; index < (await rows.count()); index++)
        shown.push((await rows.nth(index).getAttribute('data-project'))!);
      expect(shown.sort()).toEqual([projects[CONTOSO], projects[TAILSPIN]].sort());
      expect(await page.getByRole('link', { name: 'Exceptions' }).count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshots(page, 'partner');
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in to the finance workbench' }).waitFor(UI);
      await screenshots(page, 'sign-in');
      expect(await seriousViolations(page)).toEqual([]);
    }, 120_000);
  });
});
