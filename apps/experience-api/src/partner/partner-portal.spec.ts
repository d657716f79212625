import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { Role } from '@p2c/security';
import { ExperienceTestBed } from '../testing/experience-test-bed';
import { BilledEvent, pay, postTime, projectOfDeal, runBilling } from '../testing/billed-work';
import type { PartnerInvoiceDto } from './dto/partner-invoice.dto';
import type { PartnerProjectDto } from './dto/partner-project.dto';
import type { PartnerTimeStatusDto } from './dto/partner-time-status.dto';

/** Northwind's deals of PARTNER-ALPHA's customers (Contoso, Tailspin) and PARTNER-BETA's (Adatum). */
const ALPHA_US = '006NW000101';
const ALPHA_UK = '006NW000103';
const BETA_DE = '006NW000105';

const FAKE_INVOICE = randomUUID();

/** What a partner must never see: the firm's costs, rates, people, dimensions and internals. */
const INTERNAL = /cost|rate|worker|costCenter|lastError|exception|decidedBy|"run"/i;

describe('the partner portal', () => {
  let bed: ExperienceTestBed;
  let alpha: string;
  let beta: string;
  const projects: Record<string, string> = {};
  let alphaEntry: string;
  let betaEntry: string;
  let alphaInvoice: BilledEvent;
  let betaInvoice: BilledEvent;

  const get = (path: string, token: string) => bed.api('get', path, token);
  /** A 404 as a caller sees it, with the asked id written out of its detail. */
  const notFound = (answer: Response, id: string) => ({
    status: answer.status,
    contentType: answer.headers['content-type'],
    body: {
      ...answer.body,
      detail: String(answer.body.detail).replace(id, '{id}'),
      instance: String(answer.body.instance).replace(id, '{id}'),
      correlationId: typeof answer.body.correlationId,
    },
  });

  beforeAll(async () => {
    bed = await ExperienceTestBed.start();
    alpha = bed.token(Role.Partner, { partnerId: 'PARTNER-ALPHA' });
    beta = bed.token(Role.Partner, { partnerId: 'PARTNER-BETA' });
    for (const deal of [ALPHA_US, ALPHA_UK, BETA_DE])
      projects[deal] = await projectOfDeal(bed, deal);
    [alphaEntry] = await postTime(bed, [
      { opportunity: ALPHA_US, worker: 'E1003', date: '2026-11-16', hours: 8 },
      { opportunity: ALPHA_US, worker: 'E1004', date: '2026-11-16', hours: 7.5 },
    ]);
    [betaEntry] = await postTime(bed, [
      { opportunity: BETA_DE, worker: 'E1019', date: '2026-11-17', hours: 6 },
    ]);
    alphaInvoice = (await runBilling(bed, 'NWA-US', '2026-11')).get(projects[ALPHA_US])!;
    betaInvoice = (await runBilling(bed, 'NWA-DE', '2026-11')).get(projects[BETA_DE])!;
    await pay(bed, alphaInvoice, '500.00');
  }, 300_000);

  // closing waits for the jobs the process apps' workers hold
  afterAll(() => bed?.close(), 120_000);

  it('lists only the calling partner’s customers’ projects, as the partner sees them', async () => {
    const mine = await get('/partner/projects', alpha).expect(200);
    const items = mine.body.items as PartnerProjectDto[];
    expect(items.map((item) => item.project).sort()).toEqual(
      [projects[ALPHA_US], projects[ALPHA_UK]].sort(),
    );
    expect(items.find((item) => item.project === projects[ALPHA_US])).toMatchObject({
      status: 'ACTIVE',
      billingModel: 'TIME_AND_MATERIALS',
      contractValue: { amount: '480000.00', currency: 'USD' },
      startDate: '2026-10-01',
    });
    const theirs = await get('/partner/projects', beta).expect(200);
    expect(theirs.body.items.map((item: PartnerProjectDto) => item.project)).toEqual([
      projects[BETA_DE],
    ]);
    expect(JSON.stringify(mine.body)).not.toMatch(INTERNAL);
  });

  it('pages a partner’s projects with a cursor, and refuses a cursor or page size it never handed out', async () => {
    const first = await get('/partner/projects?limit=1', alpha).expect(200);
    expect(first.body.items).toHaveLength(1);
    const second = await get(
      `/partner/projects?limit=1&cursor=${first.body.nextCursor}`,
      alpha,
    ).expect(200);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeUndefined();
    expect(second.body.items[0].project).not.toBe(first.body.items[0].project);
    await get('/partner/projects?cursor=bm90LWEtY3Vyc29y', alpha).expect(400);
    const tooMany = await get('/partner/projects?limit=201', alpha).expect(400);
    expect(tooMany.headers['content-type']).toContain('application/problem+json');
  });

  it('lists only the partner’s customers’ invoices, with where their payments stand and no internals', async () => {
    const mine = await get('/partner/invoices', alpha).expect(200);
    const items = mine.body.items as PartnerInvoiceDto[];
    expect(items.map((item) => item.invoice)).toEqual([alphaInvoice.billingEvent]);
    expect(items[0]).toMatchObject({
      number: alphaInvoice.invoiceNumber,
      project: projects[ALPHA_US],
      total: alphaInvoice.total,
      paymentStatus: 'PARTIALLY_PAID',
      amountPaid: { amount: '500.00', currency: 'USD' },
    });
    expect(JSON.stringify(mine.body)).not.toMatch(INTERNAL);
    const theirs = await get('/partner/invoices', beta).expect(200);
    expect(theirs.body.items.map((item: PartnerInvoiceDto) => item.invoice)).toEqual([
      betaInvoice.billingEvent,
    ]);
    const one = await get(`/partner/invoices/${alphaInvoice.billingEvent}`, alpha).expect(200);
    expect(one.body).toEqual(items[0]);
  });

  it('shows the time status of each of the partner’s projects, and of one time entry', async () => {
    const mine = await get('/partner/time-status', alpha).expect(200);
    const byProject = new Map(
      (mine.body.items as PartnerTimeStatusDto[]).map((item) => [item.project, item]),
    );
    expect([...byProject.keys()].sort()).toEqual([projects[ALPHA_US], projects[ALPHA_UK]].sort());
    expect(byProject.get(projects[ALPHA_US])).toMatchObject({
      approved: { entries: 2, hours: 15.5 },
      posted: { entries: 2, hours: 15.5 },
      blocked: { entries: 0, hours: 0 },
    });
    expect(byProject.get(projects[ALPHA_UK])?.approved).toEqual({ entries: 0, hours: 0 });
    const entry = await get(`/partner/time-status/${alphaEntry}`, alpha).expect(200);
    expect(entry.body).toMatchObject({
      timeEntry: alphaEntry,
      project: projects[ALPHA_US],
      workDate: '2026-11-16',
      hours: 8,
      status: 'posted',
    });
    expect(JSON.stringify([mine.body, entry.body])).not.toMatch(INTERNAL);
  });

  it.each([
    [
      'project',
      () => `/partner/projects/${projects[BETA_DE]}`,
      () => '/partner/projects/prj_doesnotexist0000',
      () => projects[BETA_DE],
      () => 'prj_doesnotexist0000',
    ],
    [
      'invoice',
      () => `/partner/invoices/${betaInvoice.billingEvent}`,
      () => `/partner/invoices/${FAKE_INVOICE}`,
      () => betaInvoice.billingEvent,
      () => FAKE_INVOICE,
    ],
    [
      'time entry',
      () => `/partner/time-status/${betaEntry}`,
      () => '/partner/time-status/999999999',
      () => betaEntry,
      () => '999999999',
    ],
  ])(
    'answers partner A asking for partner B’s %s exactly as for one that does not exist',
    async (_what, theirs, madeUp, theirId, madeUpId) => {
      const [other, missing] = [await get(theirs(), alpha), await get(madeUp(), alpha)];
      expect(other.status).toBe(404);
      expect(notFound(other, theirId())).toEqual(notFound(missing, madeUpId()));
      // and the owner does see it
      await get(theirs(), beta).expect(200);
    },
  );

  it('lets only partner and admin tokens in; an admin names the partner, a partner only itself', async () => {
    await bed.api('get', '/partner/projects').expect(401);
    for (const role of [Role.Finance, Role.Delivery])
      await get('/partner/projects', bed.token(role)).expect(403);
    const admin = bed.token(Role.Admin);
    const unnamed = await get('/partner/projects', admin).expect(400);
    expect(unnamed.body.code).toBe('VALIDATION_FAILED');
    const named = await get('/partner/projects?partner=PARTNER-BETA', admin).expect(200);
    expect(named.body.items.map((item: PartnerProjectDto) => item.project)).toEqual([
      projects[BETA_DE],
    ]);
    await get(`/partner/invoices/${betaInvoice.billingEvent}?partner=PARTNER-BETA`, admin).expect(
      200,
    );
    const widened = await get('/partner/projects?partner=PARTNER-BETA', alpha).expect(403);
    expect(widened.body.code).toBe('FORBIDDEN');
    await get('/partner/projects?partner=PARTNER-ALPHA', alpha).expect(200);
    await get('/partner/invoices/not-an-invoice', alpha).expect(400);
  });
});
