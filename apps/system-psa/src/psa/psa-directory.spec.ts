import { setTimeout as sleep } from 'node:timers/promises';
import { PsaTestBed } from '../testing/psa-test-bed';
import { PsaDirectory } from './psa-directory';

const TTL_MS = 300;

describe('the PSA directory of users', () => {
  let bed: PsaTestBed;

  beforeAll(async () => {
    bed = await PsaTestBed.start({ env: { PSA_REFERENCE_TTL_MS: String(TTL_MS) } });
  });

  afterAll(() => bed?.close());

  afterEach(() => bed.faults({}));

  it('keeps a cached user in the answer when it expires while the PSA is asked for another', async () => {
    const directory = bed.app.get(PsaDirectory);
    const [cached, asked] = (await bed.records('users')).filter((user) => user.employee_number);
    await directory.usersById([String(cached.id)]);
    await sleep(TTL_MS / 2);
    // the PSA answers the other user only after the cached one has expired
    await bed.faults({ latencyMs: TTL_MS });
    const users = await directory.usersById([String(cached.id), String(asked.id)]);
    expect(users.get(String(cached.id))?.employee_number).toBe(cached.employee_number);
    expect(users.get(String(asked.id))?.employee_number).toBe(asked.employee_number);
  });

  it('does the same by employee number', async () => {
    const directory = bed.app.get(PsaDirectory);
    const [, , cached, asked] = (await bed.records('users')).filter((user) => user.employee_number);
    const numbers = [String(cached.employee_number), String(asked.employee_number)];
    await directory.usersByEmployeeNumber([numbers[0]]);
    await sleep(TTL_MS / 2);
    await bed.faults({ latencyMs: TTL_MS });
    const users = await directory.usersByEmployeeNumber(numbers);
    expect([...users.keys()].sort()).toEqual([...numbers].sort());
  });
});
