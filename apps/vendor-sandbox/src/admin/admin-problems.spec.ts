import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { RunningSandbox, startSandbox } from '../testing/sandbox-test-app';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface Refusal {
  method: Method;
  /** the operation's path as the OpenAPI document names it */
  operation: string;
  /** the path called */
  path: string;
  body?: unknown;
  status: number;
  code: string;
}

const refusals: Refusal[] = [
  {
    method: 'put',
    operation: '/__sandbox/faults',
    path: '/__sandbox/faults',
    body: { system: 'erp', errorRate: 0.7, timeoutRate: 0.7 },
    status: 400,
    code: 'INVALID_REQUEST',
  },
  {
    method: 'get',
    operation: '/__sandbox/state/{system}/{collection}',
    path: '/__sandbox/state/erp/subsidiary?limit=0',
    status: 400,
    code: 'INVALID_REQUEST',
  },
  {
    method: 'post',
    operation: '/__sandbox/state/{system}/{collection}',
    path: '/__sandbox/state/erp/subsidiary',
    body: [1],
    status: 400,
    code: 'INVALID_RECORD',
  },
  {
    method: 'post',
    operation: '/__sandbox/state/{system}/{collection}',
    path: '/__sandbox/state/erp/subsidiary',
    body: { id: '1', name: 'again' },
    status: 409,
    code: 'RECORD_EXISTS',
  },
  {
    method: 'patch',
    operation: '/__sandbox/state/{system}/{collection}/{id}',
    path: '/__sandbox/state/erp/subsidiary/1',
    body: [1],
    status: 400,
    code: 'INVALID_RECORD',
  },
  {
    method: 'get',
    operation: '/__sandbox/state/{system}/{collection}/{id}',
    path: '/__sandbox/state/erp/subsidiary/999999',
    status: 404,
    code: 'RECORD_NOT_FOUND',
  },
  {
    method: 'post',
    operation: '/__sandbox/psa/time-entries',
    path: '/__sandbox/psa/time-entries',
    body: { entries: [{ opportunity: '006NW000101' }] },
    status: 400,
    code: 'VALIDATION_FAILED',
  },
  {
    method: 'post',
    operation: '/__sandbox/psa/time-entries/generate',
    path: '/__sandbox/psa/time-entries/generate',
    body: { colour: 'blue' },
    status: 400,
    code: 'VALIDATION_FAILED',
  },
  {
    method: 'post',
    operation: '/__sandbox/psa/time-entries/approve',
    path: '/__sandbox/psa/time-entries/approve',
    body: {},
    status: 400,
    code: 'INVALID_SELECTION',
  },
  {
    method: 'post',
    operation: '/__sandbox/psa/time-entries/approve',
    path: '/__sandbox/psa/time-entries/approve',
    body: { ids: ['99999999'] },
    status: 422,
    code: 'RECORDS_NOT_FOUND',
  },
  {
    method: 'post',
    operation: '/__sandbox/psa/expenses/approve',
    path: '/__sandbox/psa/expenses/approve',
    body: { ids: ['99999999'] },
    status: 422,
    code: 'RECORDS_NOT_FOUND',
  },
  {
    method: 'patch',
    operation: '/__sandbox/psa/time-entries/{id}',
    path: '/__sandbox/psa/time-entries/99999999',
    body: { hours: 2 },
    status: 404,
    code: 'TIME_ENTRY_NOT_FOUND',
  },
  {
    method: 'patch',
    operation: '/__sandbox/psa/time-entries/{id}',
    path: '/__sandbox/psa/time-entries/99999999',
    body: { hours: 'lots' },
    status: 400,
    code: 'VALIDATION_FAILED',
  },
  {
    method: 'post',
    operation: '/__sandbox/psa/time-entries/{id}/reject',
    path: '/__sandbox/psa/time-entries/99999999/reject',
    status: 404,
    code: 'TIME_ENTRY_NOT_FOUND',
  },
  {
    method: 'post',
    operation: '/__sandbox/psa/milestones/{id}/complete',
    path: '/__sandbox/psa/milestones/99999999/complete',
    status: 404,
    code: 'MILESTONE_NOT_FOUND',
  },
  {
    method: 'post',
    operation: '/__sandbox/psa/staffing-changes',
    path: '/__sandbox/psa/staffing-changes',
    body: { colour: 'blue' },
    status: 400,
    code: 'VALIDATION_FAILED',
  },
  {
    method: 'post',
    operation: '/__sandbox/psa/webhooks',
    path: '/__sandbox/psa/webhooks',
    body: { url: 'not a url' },
    status: 400,
    code: 'VALIDATION_FAILED',
  },
  {
    method: 'delete',
    operation: '/__sandbox/psa/webhooks/{id}',
    path: '/__sandbox/psa/webhooks/nobody',
    status: 404,
    code: 'WEBHOOK_TARGET_NOT_FOUND',
  },
  {
    method: 'get',
    operation: '/__sandbox/psa/webhooks/deliveries',
    path: '/__sandbox/psa/webhooks/deliveries?limit=0',
    status: 400,
    code: 'VALIDATION_FAILED',
  },
  {
    method: 'post',
    operation: '/__sandbox/crm/opportunities/{crmId}/close-won',
    path: '/__sandbox/crm/opportunities/006NOBODY/close-won',
    status: 404,
    code: 'RECORD_NOT_FOUND',
  },
  {
    method: 'post',
    operation: '/__sandbox/erp/invoices/{id}/payments',
    path: '/__sandbox/erp/invoices/1/payments',
    body: { amount: 'lots' },
    status: 400,
    code: 'VALIDATION_FAILED',
  },
  {
    method: 'post',
    operation: '/__sandbox/erp/invoices/{id}/payments',
    path: '/__sandbox/erp/invoices/99999999/payments',
    body: { amount: '10.00' },
    status: 404,
    code: 'RECORD_NOT_FOUND',
  },
  {
    method: 'post',
    operation: '/__sandbox/erp/periods/{legalEntity}/{period}/close',
    path: '/__sandbox/erp/periods/NWA-UK/2026-13/close',
    status: 400,
    code: 'VALIDATION_FAILED',
  },
  {
    method: 'post',
    operation: '/__sandbox/erp/periods/{legalEntity}/{period}/close',
    path: '/__sandbox/erp/periods/NOBODY/2026-10/close',
    status: 404,
    code: 'RECORD_NOT_FOUND',
  },
];

const document = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', '..', 'openapi', 'vendor-sandbox.json'), 'utf8'),
) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };

describe('the sandbox admin API’s refusals', () => {
  let sandbox: RunningSandbox;

  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(() => sandbox.close());

  it.each(refusals)(
    '$method $path answers $status $code, as its document says',
    async ({ method, operation, path, body, status, code }) => {
      const call = request(sandbox.url)[method](path);
      const res = await (body === undefined ? call : call.send(body as object));
      expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Object.keys(document.paths[operation][method].responses)).toContain(String(status));
    },
  );
});
