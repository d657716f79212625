import { ConfigService } from '@nestjs/config';
import { WorkerDto } from '@p2c/canonical';
import { HcmWorkerSource } from '../hcm/hcm-worker-source';
import { WorkerDirectory } from './worker-directory.service';

const TTL_MS = 1000;

/** An HCM that counts its reads and names each answer after its read. */
class CountingSource {
  loads = 0;
  failNext = false;
  gate?: Promise<void>;

  async loadWorkers(): Promise<WorkerDto[]> {
    const read = ++this.loads;
    await this.gate;
    if (this.failNext) {
      this.failNext = false;
      throw new Error('HCM down');
    }
    return [{ id: 'E1', name: `read ${read}`, active: true, costRates: [] }];
  }
}

describe('WorkerDirectory', () => {
  let source: CountingSource;
  let directory: WorkerDirectory;
  let now: number;
  const nameNow = async (fresh = false) => (await directory.snapshot(fresh)).worker('E1')?.name;

  beforeEach(() => {
    now = Date.parse('2026-10-15T09:00:00Z');
    jest.spyOn(Date, 'now').mockImplementation(() => now);
    source = new CountingSource();
    const config = new ConfigService({ HCM_CACHE_TTL_MS: TTL_MS });
    directory = new WorkerDirectory(source as unknown as HcmWorkerSource, config);
  });

  afterEach(() => jest.restoreAllMocks());

  it('reads the HCM once within the TTL and again after it', async () => {
    expect(await nameNow()).toBe('read 1');
    now += TTL_MS - 1;
    expect(await nameNow()).toBe('read 1');
    now += 1;
    expect(await nameNow()).toBe('read 2');
  });

  it('reads again when asked for fresh workers', async () => {
    await nameNow();
    expect(await nameNow(true)).toBe('read 2');
  });

  it('lets concurrent misses share one read', async () => {
    let open!: () => void;
    source.gate = new Promise((resolve) => (open = resolve));
    const names = Promise.all([nameNow(), nameNow(), nameNow(true)]);
    open();
    expect(await names).toEqual(['read 1', 'read 1', 'read 1']);
    expect(source.loads).toBe(1);
  });

  it('keeps no failed read: the next call asks the HCM again', async () => {
    source.failNext = true;
    await expect(nameNow()).rejects.toThrow('HCM down');
    expect(await nameNow()).toBe('read 2');
  });
});
