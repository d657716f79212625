import { projectActivated } from './project-activated';

const ids = { project: 'prj-1', opportunity: 'opp-1', psaId: '31000017', erpId: 'JOB-1042' };

describe('projectActivated', () => {
  it('builds the event with a fresh id around the ids it is given', () => {
    const event = projectActivated(ids, 'corr-1');
    expect(event).toMatchObject({
      type: 'ProjectActivated',
      correlationId: 'corr-1',
      payload: ids,
    });
    expect(event.id).not.toBe(projectActivated(ids).id);
    expect(Number.isNaN(Date.parse(event.occurredAt))).toBe(false);
  });

  it.each(['project', 'opportunity', 'psaId', 'erpId'] as const)(
    'refuses an empty or blank %s',
    (name) => {
      expect(() => projectActivated({ ...ids, [name]: '' })).toThrow(`blank: ${name}`);
      expect(() => projectActivated({ ...ids, [name]: '  ' })).toThrow(`blank: ${name}`);
    },
  );

  it('names every blank id at once', () => {
    expect(() => projectActivated({ ...ids, psaId: '', erpId: ' ' })).toThrow(
      'blank: psaId, erpId',
    );
  });

  it('carries the customer and its partner when given, and refuses them blank', () => {
    const event = projectActivated({
      ...ids,
      customer: 'CUS-001NW000001',
      partner: 'PARTNER-ALPHA',
    });
    expect(event.payload).toMatchObject({ customer: 'CUS-001NW000001', partner: 'PARTNER-ALPHA' });
    expect(projectActivated({ ...ids, partner: undefined }).payload).toEqual(ids);
    expect(() => projectActivated({ ...ids, partner: ' ' })).toThrow('blank: partner');
    expect(() => projectActivated({ ...ids, customer: '' })).toThrow('blank: customer');
  });
});
