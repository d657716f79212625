import { OWNER_GROUPS } from './owner-group';
import { REASON_CATALOGUE } from './reason-catalogue';
import { ReasonCode } from './reason-code';
import { cataloguedReason } from './catalogued-reason';

describe('the reason-code catalogue', () => {
  const entries = Object.entries(REASON_CATALOGUE);

  it('defines every reason code, keyed by its own value', () => {
    expect(Object.keys(REASON_CATALOGUE).sort()).toEqual(Object.values(ReasonCode).sort());
  });

  it('gives every code an HTTP error status, a known owner group, an SLA and an action', () => {
    for (const [code, reason] of entries) {
      expect({ code, ok: reason.status >= 400 && reason.status < 600 }).toEqual({ code, ok: true });
      expect(OWNER_GROUPS).toContain(reason.owner);
      expect(reason.slaHours).toBeGreaterThan(0);
      expect(reason.action).toMatch(/\.$/);
    }
  });

  it('files a system API’s finer refusal under a refusal that is filed as itself', () => {
    for (const [code, reason] of entries.filter(([, r]) => r.filedAs)) {
      const target = REASON_CATALOGUE[reason.filedAs!];
      expect({ code, kind: reason.kind }).toEqual({ code, kind: 'refusal' });
      expect({ code, target: target.kind, again: target.filedAs }).toEqual({
        code,
        target: 'refusal',
        again: undefined,
      });
    }
  });

  it('sends a staffing gap to delivery, a closed period to finance and an outage to platform', () => {
    expect(REASON_CATALOGUE.WORKER_INACTIVE).toMatchObject({ owner: 'delivery', kind: 'refusal' });
    expect(REASON_CATALOGUE.PERIOD_CLOSED).toMatchObject({ owner: 'finance-ops', status: 422 });
    expect(REASON_CATALOGUE.VENDOR_UNAVAILABLE).toMatchObject({ owner: 'platform', status: 503 });
    expect(REASON_CATALOGUE.RATE_LIMITED.status).toBe(429);
    expect(REASON_CATALOGUE.NOT_FOUND.status).toBe(404);
  });

  it('looks up a code another system answered with, and nothing for an unknown one', () => {
    expect(cataloguedReason('PROJECT_NOT_IN_ERP')).toMatchObject({
      code: 'PROJECT_NOT_IN_ERP',
      filedAs: 'PROJECT_NOT_ACTIVE',
    });
    expect(cataloguedReason('UNAUTHENTICATED')).toBeUndefined();
    expect(cataloguedReason('toString')).toBeUndefined();
  });
});
