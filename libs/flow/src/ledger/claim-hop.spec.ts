import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@p2c/persistence';
import { TestDatabase, createTestDatabase } from '@p2c/testing';
import { claimHop } from './claim-hop';
import type { HopClaim } from './hop-claim';
import { markHopMissed } from './mark-hop-missed';
import { markHopSucceeded } from './mark-hop-succeeded';

describe('the claim of a sync-ledger hop before its target write', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(
      dataSourceOptions('process-time', database.urlFor('process-time'), 'flow-claim-hop-spec'),
    ).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const invoice = (sourceId: string, extra: Partial<HopClaim> = {}): HopClaim => ({
    flow: 'invoice-posting',
    sourceSystem: 'psa',
    sourceType: 'invoice',
    sourceId,
    sourceVersion: '1',
    targetSystem: 'erp',
    targetType: 'invoice',
    ...extra,
  });

  const claim = (hop: HopClaim) => claimHop(dataSource.manager, hop);

  async function ledgerOf(sourceId: string) {
    return dataSource.query(
      `SELECT source_version, flow, status, attempts, target_id, last_error, completed_at,
              legal_entity, accounting_period, project_id, amount_minor, currency
         FROM sync_ledger WHERE source_id = $1 ORDER BY flow, source_version`,
      [sourceId],
    );
  }

  it('records a first claim as pending, with the dimensions reconciliation reads, and no look needed', async () => {
    const hop = await claim(
      invoice('INV-1', {
        legalEntity: 'NW-US',
        accountingPeriod: '2026-11',
        projectId: 'PRJ-1',
        amountMinor: 125_000,
        currency: 'USD',
      }),
    );
    expect(hop).toEqual({
      id: expect.any(String),
      status: 'pending',
      attempts: 1,
      targetId: null,
      mayHaveLanded: false,
    });
    expect(await ledgerOf('INV-1')).toEqual([
      expect.objectContaining({
        status: 'pending',
        legal_entity: 'NW-US',
        accounting_period: '2026-11',
        project_id: 'PRJ-1',
        amount_minor: '125000',
        currency: 'USD',
        completed_at: null,
      }),
    ]);
  });

  it('tells a claim after an unsettled one (its writer died) that the write may have landed', async () => {
    const first = await claim(invoice('INV-2'));
    const again = await claim(invoice('INV-2'));
    expect(again).toMatchObject({ id: first.id, status: 'pending', attempts: 2 });
    expect(again.mayHaveLanded).toBe(true);
  });

  it('needs no look in the target after an attempt proven to have missed, and claims the hop again', async () => {
    const first = await claim(invoice('INV-3'));
    await markHopMissed(dataSource.manager, first.id, 'ERP refused: period closed');
    expect(await ledgerOf('INV-3')).toEqual([
      expect.objectContaining({ status: 'failed', last_error: 'ERP refused: period closed' }),
    ]);
    const again = await claim(invoice('INV-3'));
    expect(again).toMatchObject({ id: first.id, status: 'pending', attempts: 2 });
    expect(again.mayHaveLanded).toBe(false);
  });

  it('answers a hop already settled as succeeded, with the id the target gave it', async () => {
    const first = await claim(invoice('INV-4'));
    await dataSource.transaction((manager) => markHopSucceeded(manager, first.id, 'ERP-INV-4'));
    const again = await claim(invoice('INV-4'));
    expect(again).toMatchObject({ status: 'succeeded', targetId: 'ERP-INV-4' });
    expect(await ledgerOf('INV-4')).toEqual([
      expect.objectContaining({ status: 'succeeded', target_id: 'ERP-INV-4', last_error: null }),
    ]);
    expect((await ledgerOf('INV-4'))[0].completed_at).toBeInstanceOf(Date);
  });

  it('does not take a settled hop for missed', async () => {
    const first = await claim(invoice('INV-5'));
    await markHopSucceeded(dataSource.manager, first.id, 'ERP-INV-5');
    await markHopMissed(dataSource.manager, first.id, 'a late refusal');
    expect(await ledgerOf('INV-5')).toEqual([
      expect.objectContaining({ status: 'succeeded', last_error: null }),
    ]);
  });

  it('claims each version of a source as its own hop', async () => {
    const one = await claim(invoice('INV-6'));
    const two = await claim(invoice('INV-6', { sourceVersion: '2' }));
    expect(two.id).not.toBe(one.id);
    expect(two).toMatchObject({ attempts: 1, mayHaveLanded: false });
  });

  it('marks the other versions’ hops of the flow reversed when a correction replaced them in the target', async () => {
    const one = await claim(invoice('INV-7'));
    await markHopSucceeded(dataSource.manager, one.id, 'ERP-INV-7');
    await claim(invoice('INV-7', { flow: 'invoice-payment' }));
    const two = await claim(invoice('INV-7', { sourceVersion: '2' }));
    await markHopSucceeded(dataSource.manager, two.id, 'ERP-INV-7', {
      sourceSystem: 'psa',
      sourceId: 'INV-7',
      flow: 'invoice-posting',
    });
    expect(await ledgerOf('INV-7')).toEqual([
      expect.objectContaining({ flow: 'invoice-payment', status: 'pending' }),
      expect.objectContaining({ flow: 'invoice-posting', source_version: '1', status: 'reversed' }),
      expect.objectContaining({
        flow: 'invoice-posting',
        source_version: '2',
        status: 'succeeded',
      }),
    ]);
  });

  it('keeps no currency for a hop without an amount', async () => {
    await claim(invoice('INV-8', { currency: 'USD' }));
    expect(await ledgerOf('INV-8')).toEqual([
      expect.objectContaining({ amount_minor: null, currency: null }),
    ]);
  });

  it('leaves no claim behind when the claim’s transaction rolls back', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await claimHop(manager, invoice('INV-9'));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await ledgerOf('INV-9')).toEqual([]);
    expect((await claim(invoice('INV-9'))).mayHaveLanded).toBe(false);
  });

  it('gives writers claiming one hop at the same moment one hop, counting every claim', async () => {
    const claims = await Promise.all([1, 2, 3, 4].map(() => claim(invoice('INV-10'))));
    expect(new Set(claims.map((hop) => hop.id)).size).toBe(1);
    expect(claims.map((hop) => hop.attempts).sort()).toEqual([1, 2, 3, 4]);
    expect(claims.filter((hop) => !hop.mayHaveLanded)).toHaveLength(1);
  });
});
