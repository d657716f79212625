import type { LineageLinkDto } from '@p2c/flow';
import { waitFor } from '@p2c/testing';
import { SweepApprovedUseCase } from '../intake/sweep-approved.use-case';
import type { ProjectTimeStatusDto } from '../time-status/dto/project-time-status.dto';
import { STOPPED_DEAL, projectOf } from '../testing/northwind-projects';
import { TimeTestBed } from '../testing/time-test-bed';

describe('lineage of approved entries, time status by project, an entry by its PSA id', () => {
  let bed: TimeTestBed;
  let posted: string;
  let corrected: string;
  let blocked: string;

  const sweep = () => bed.get(SweepApprovedUseCase).execute();
  const lineage = async (query: string): Promise<LineageLinkDto[]> =>
    (await bed.api('get', `/lineage?${query}`).expect(200)).body.links;
  const erpIdOf = async (id: string): Promise<string> =>
    (await bed.dataSource.query(`SELECT erp_id FROM time_postings WHERE source_id = $1`, [id]))[0]
      .erp_id;

  beforeAll(async () => {
    bed = await TimeTestBed.start();
    [posted, corrected] = await bed.logTime([
      { opportunity: '006NW000101', worker: 'E1004', date: '2026-11-04', hours: 8 },
      { opportunity: '006NW000101', worker: 'E1004', date: '2026-11-05', hours: 7.5 },
    ]);
    [blocked] = await bed.logTime([
      { opportunity: STOPPED_DEAL, worker: 'E1021', date: '2026-11-10', hours: 8 },
    ]);
    await bed.approve([posted, corrected, blocked]);
    await sweep();
    await bed.settled([posted, corrected, blocked]);
    await bed.admin(`/psa/time-entries/${corrected}`, { method: 'PATCH', body: { hours: 6 } });
    await waitFor(
      async () => {
        await sweep();
        const [row] = await bed.dataSource.query(
          `SELECT posted_version FROM time_postings WHERE source_id = $1`,
          [corrected],
        );
        return row.posted_version === 3;
      },
      { timeoutMs: 30_000, intervalMs: 300, what: 'the correction to be posted' },
    );
  }, 180_000);

  afterAll(() => bed?.close());

  it('answers an entry and its posting to the ERP, with the ERP’s id, status and times', async () => {
    const links = await lineage(`sourceSystem=psa&sourceId=${posted}`);
    expect(links.map((link) => link.stage)).toEqual(['entry', 'posting']);
    const [entry, posting] = links;
    expect(entry).toMatchObject({
      system: 'psa',
      type: 'time_entry',
      id: posted,
      status: 'approved',
      from: [],
    });
    expect(posting).toMatchObject({
      system: 'erp',
      type: 'timeBill',
      id: `psa-time-${posted}`,
      externalId: await erpIdOf(posted),
      status: 'succeeded',
      amount: { amount: '1440.00', currency: 'USD' },
      from: [posted],
    });
    expect(Date.parse(posting.completedAt!)).toBeGreaterThanOrEqual(Date.parse(posting.startedAt));
  });

  it('shows each version of a corrected entry: the one replaced and the one the ERP holds', async () => {
    const links = await lineage(`sourceSystem=psa&sourceId=${corrected}`);
    const postings = links.filter((link) => link.stage === 'posting');
    expect(postings.map((link) => [link.version, link.status])).toEqual([
      ['2', 'reversed'],
      ['3', 'succeeded'],
    ]);
    expect(new Set(postings.map((link) => link.id))).toEqual(new Set([`psa-time-${corrected}`]));
  });

  it('answers several entries at once, and a blocked entry with no posting', async () => {
    const links = await lineage(`sourceSystem=psa&sourceId=${posted}&sourceId=${blocked}`);
    expect(
      links
        .filter((link) => link.stage === 'entry')
        .map((link) => link.id)
        .sort(),
    ).toEqual([posted, blocked].sort());
    expect(links.filter((link) => link.from.includes(blocked))).toEqual([]);
  });

  it('answers 404 for an entry that never reached the gateway and 400 for a malformed request', async () => {
    const unknown = await bed.api('get', '/lineage?sourceSystem=psa&sourceId=999999999');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    await bed.api('get', '/lineage?sourceSystem=crm&sourceId=1').expect(400);
    await bed.api('get', '/lineage?sourceSystem=psa').expect(400);
    await bed.api('get', '/lineage?sourceSystem=psa&sourceId=a%20b').expect(400);
  });

  it('counts each project’s approved, pending, posted and blocked time entries and hours', async () => {
    const answer = await bed
      .api(
        'get',
        `/time-status?project=${projectOf('006NW000101')}&project=${projectOf(STOPPED_DEAL)}&project=PRJ-NONE`,
      )
      .expect(200);
    const [contoso, litware, none] = answer.body.items as ProjectTimeStatusDto[];
    expect(contoso).toEqual({
      project: projectOf('006NW000101'),
      approved: { entries: 2, hours: 14 },
      pending: { entries: 0, hours: 0 },
      posted: { entries: 2, hours: 14 },
      blocked: { entries: 0, hours: 0 },
    });
    expect(litware).toMatchObject({
      approved: { entries: 1, hours: 8 },
      posted: { entries: 0, hours: 0 },
      blocked: { entries: 1, hours: 8 },
    });
    expect(none.approved).toEqual({ entries: 0, hours: 0 });
    await bed.api('get', '/time-status').expect(400);
  });

  it('finds one entry’s posting by its PSA id', async () => {
    const answer = await bed.api('get', `/postings?sourceId=${blocked}`).expect(200);
    expect(
      answer.body.items.map((item: { id: string; status: string }) => [item.id, item.status]),
    ).toEqual([[`psa-time-${blocked}`, 'blocked']]);
    await bed.api('get', '/postings?sourceId=%20x').expect(400);
  });
});
