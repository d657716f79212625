import { DataSource, QueryFailedError } from 'typeorm';
import { TestDatabase, createTestDatabase } from '@p2c/testing';
import { dataSourceOptions } from '../data-source-options';
import { AuditLogEntry } from './audit-log-entry.entity';
import { CrossReference } from './cross-reference.entity';
import { ExceptionCase } from './exception-case.entity';
import { InboxMessage } from './inbox-message.entity';
import { SyncLedgerEntry } from './sync-ledger-entry.entity';

/** The constraint a failed statement broke, as Postgres names it. */
async function violated(write: Promise<unknown>): Promise<string | undefined> {
  try {
    await write;
  } catch (error) {
    if (error instanceof QueryFailedError)
      return (error.driverError as { constraint?: string }).constraint ?? error.message;
    throw error;
  }
  return undefined;
}

// TypeORM writes the generated id back into the object it inserted, so every insert gets a copy.
describe('the shared tables', () => {
  let database: TestDatabase;
  /** a system API's tables (cross-references, the vendor inbox) */
  let systemPsa: DataSource;
  /** a process app's flow records (ledger, exceptions, audit) */
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    systemPsa = await new DataSource(
      dataSourceOptions('system-psa', database.urlFor('system-psa'), 'schema-spec'),
    ).initialize();
    dataSource = await new DataSource(
      dataSourceOptions('process-time', database.urlFor('process-time'), 'schema-spec'),
    ).initialize();
  });

  afterAll(async () => {
    await systemPsa?.destroy();
    await dataSource?.destroy();
    await database?.drop();
  });

  describe('cross_references', () => {
    const xrefs = () => systemPsa.getRepository(CrossReference);
    const customer = { entityType: 'customer', canonicalId: 'cus_1', system: 'erp' as const };

    it('map a canonical entity to one record per system, and a record to one entity', async () => {
      await xrefs().insert({ ...customer, externalId: '101' });
      await xrefs().insert({ ...customer, system: 'crm', externalId: '001A' });
      expect(await violated(xrefs().insert({ ...customer, externalId: '102' }))).toBe(
        'uq_cross_references_canonical',
      );
      expect(
        await violated(xrefs().insert({ ...customer, canonicalId: 'cus_2', externalId: '101' })),
      ).toBe('uq_cross_references_external');
      // a vendor's ids are per record type: ERP job 101 is not ERP customer 101
      await xrefs().insert({ ...customer, entityType: 'project', externalId: '101' });
    });

    it('refuse a system the gateway does not know', async () => {
      expect(
        await violated(
          systemPsa.query(
            `INSERT INTO cross_references (entity_type, canonical_id, system, external_id)
             VALUES ('customer', 'cus_9', 'sap', '1')`,
          ),
        ),
      ).toBe('ck_cross_references_system');
    });
  });

  describe('inbox_messages', () => {
    it('take an event once, however often it is delivered', async () => {
      const event = {
        sourceSystem: 'psa' as const,
        eventId: 'evt-1',
        eventType: 'TIME_ENTRY_APPROVED',
        payload: {
          id: 'evt-1',
          type: 'TIME_ENTRY_APPROVED' as const,
          occurredAt: '2026-11-20T09:15:00.000Z',
        },
      };
      const first = await systemPsa
        .createQueryBuilder()
        .insert()
        .into(InboxMessage)
        .values({ ...event })
        .orIgnore()
        .execute();
      const again = await systemPsa
        .createQueryBuilder()
        .insert()
        .into(InboxMessage)
        .values({ ...event, payload: { ...event.payload, occurredAt: '2026-11-20T09:16:00.000Z' } })
        .orIgnore()
        .execute();
      expect(first.identifiers).toHaveLength(1);
      expect(again.raw).toEqual([]);
      const stored = await systemPsa.getRepository(InboxMessage).findBy({ eventId: 'evt-1' });
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ status: 'received', payload: event.payload });
      expect(await violated(systemPsa.getRepository(InboxMessage).insert({ ...event }))).toBe(
        'uq_inbox_messages_source_event',
      );
    });
  });

  describe('sync_ledger', () => {
    const ledger = () => dataSource.getRepository(SyncLedgerEntry);
    const posting = {
      flow: 'time-posting',
      sourceSystem: 'psa' as const,
      sourceType: 'time_entry',
      sourceId: 'TE-7',
      sourceVersion: '1',
      targetSystem: 'erp' as const,
      targetType: 'timeBill',
    };

    it('hold one hop per source version, target system and flow', async () => {
      await ledger().insert({ ...posting });
      expect(await violated(ledger().insert({ ...posting }))).toBe('uq_sync_ledger_hop');
      await ledger().insert({ ...posting, sourceVersion: '2' });
      await ledger().insert({ ...posting, flow: 'time-reversal' });
    });

    it('keep money as exact integer minor units with a currency', async () => {
      const { identifiers } = await ledger().insert({
        ...posting,
        sourceId: 'TE-8',
        amountMinor: 9_007_199_254_740_991,
        currency: 'EUR',
      });
      const stored = await ledger().findOneByOrFail({ id: identifiers[0].id as string });
      expect(stored.amountMinor).toBe(9_007_199_254_740_991);
      expect(
        await violated(ledger().insert({ ...posting, sourceId: 'TE-9', amountMinor: 100 })),
      ).toBe('ck_sync_ledger_amount_has_currency');
      expect(
        await violated(
          ledger().insert({ ...posting, sourceId: 'TE-9', amountMinor: 100, currency: 'eur' }),
        ),
      ).toBe('ck_sync_ledger_currency');
      await expect(
        ledger().insert({ ...posting, sourceId: 'TE-9', amountMinor: 0.1, currency: 'EUR' }),
      ).rejects.toThrow(/safe integer/);
    });
  });

  describe('exceptions', () => {
    const exceptions = () => dataSource.getRepository(ExceptionCase);
    const periodClosed = {
      flow: 'time-posting',
      step: 'post',
      reasonCode: 'PERIOD_CLOSED',
      message: 'Period 2026-10 is closed for NW-UK: reopen it in the ERP or move the entry.',
      ownerGroup: 'finance-ops' as const,
      subjectType: 'psa.time_entry',
      subjectId: 'TE-7',
      slaDueAt: new Date(Date.now() + 4 * 3600_000),
    };

    it('keep one unresolved exception per step and subject', async () => {
      const { identifiers } = await exceptions().insert({ ...periodClosed });
      expect(await violated(exceptions().insert({ ...periodClosed }))).toBe(
        'uq_exceptions_unresolved_subject',
      );
      await exceptions().update(identifiers[0].id as string, {
        status: 'resolved',
        resolvedAt: new Date(),
      });
      await exceptions().insert({ ...periodClosed });
    });

    it('refuse an unknown owner group and a resolution without its time', async () => {
      expect(
        await violated(
          dataSource.query(
            `INSERT INTO exceptions (flow, step, reason_code, message, owner_group, subject_type,
               subject_id, sla_due_at) VALUES ('billing', 'invoice', 'VENDOR_REJECTED', 'x',
               'sales', 'billing_event', 'BE-1', now())`,
          ),
        ),
      ).toBe('ck_exceptions_owner_group');
      expect(
        await violated(
          exceptions().insert({ ...periodClosed, subjectId: 'TE-11', status: 'resolved' }),
        ),
      ).toBe('ck_exceptions_resolved_at');
    });
  });

  describe('audit_log', () => {
    it('is append-only', async () => {
      const audit = dataSource.getRepository(AuditLogEntry);
      const { identifiers } = await audit.insert({
        actor: 'user:finance-1',
        action: 'exception.resolve',
        subjectType: 'exception',
        subjectId: 'EX-1',
        before: { status: 'open' },
        after: { status: 'resolved' },
      });
      const id = identifiers[0].id as string;
      await expect(audit.update(id, { actor: 'someone-else' })).rejects.toThrow(/append-only/);
      await expect(audit.delete(id)).rejects.toThrow(/append-only/);
      await expect(dataSource.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
      expect(await audit.findOneByOrFail({ id })).toMatchObject({ actor: 'user:finance-1' });
    });
  });
});
