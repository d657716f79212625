import type { PsaEventDto, PsaTimeEntryDto } from '@p2c/canonical';
import { snapshotOf } from './psa-events';

const entry = { sourceSystem: 'psa', sourceId: '100000001', sourceVersion: 2 } as PsaTimeEntryDto;
const event = (type: PsaEventDto['type'], extra: Partial<PsaEventDto> = {}): PsaEventDto => ({
  id: '500000001',
  type,
  occurredAt: '2026-11-20T09:00:00.000Z',
  ...extra,
});

describe('snapshotOf', () => {
  it('takes the entry version a time event carries, flagging deletions', () => {
    expect(snapshotOf(event('TIME_ENTRY_APPROVED', { timeEntry: entry }))).toEqual({
      kind: 'TIME',
      record: entry,
      deleted: false,
    });
    expect(snapshotOf(event('TIME_ENTRY_DELETED', { timeEntry: entry }))?.deleted).toBe(true);
  });

  it('has nothing for an event without its record or of another kind', () => {
    expect(snapshotOf(event('TIME_ENTRY_APPROVED'))).toBeUndefined();
    expect(snapshotOf(event('EXPENSE_UPDATED', { timeEntry: entry }))).toBeUndefined();
    expect(snapshotOf(event('RATE_CARD_CHANGED', { rateCard: 'RC-PUBSEC-USD' }))).toBeUndefined();
  });
});
