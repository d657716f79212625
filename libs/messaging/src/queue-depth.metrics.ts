import { Gauge } from 'prom-client';
import { metricOnce } from '@p2c/observability';

/** What the queue-depth gauge reads from each queue factory of the process. */
export interface QueueDepthSource {
  readonly app: string;
  jobCounts(
    states: readonly string[],
  ): Promise<{ queue: string; counts: Record<string, number> }[]>;
}

const JOB_STATES = ['waiting', 'prioritized', 'active', 'delayed', 'failed', 'waiting-children'];

const sources = new Set<QueueDepthSource>();

/**
 * `p2c_queue_jobs{app,queue,state}`: jobs in each BullMQ queue an app produces to or works, read
 * from Redis at scrape time. The signal to scale workers on and to alert on a stuck queue.
 */
export function trackQueueDepth(source: QueueDepthSource): () => void {
  metricOnce(
    'p2c_queue_jobs',
    (name) =>
      new Gauge({
        name,
        help: 'Jobs in each BullMQ queue by state (waiting, prioritized, active, delayed, failed, waiting-children)',
        labelNames: ['app', 'queue', 'state'],
        async collect() {
          const read = await Promise.all(
            [...sources].map(async (each) => ({
              app: each.app,
              queues: await each.jobCounts(JOB_STATES).catch(() => []),
            })),
          );
          this.reset();
          for (const { app, queues } of read)
            for (const { queue, counts } of queues)
              for (const state of JOB_STATES) this.set({ app, queue, state }, counts[state] ?? 0);
        },
      }),
  );
  sources.add(source);
  return () => sources.delete(source);
}
