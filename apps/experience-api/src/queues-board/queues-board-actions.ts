import type { BoardHooks, HookContext } from '@bull-board/api/typings/app';

/**
 * What the board refuses, so that whatever it replays stays exactly once: a job runs again only
 * as the job that failed, claimed by its flow like any other. Retrying failed jobs, pausing,
 * resuming, promoting and reading are open; these would invent, alter or drop work.
 */
const REFUSED: Record<string, string> = {
  'post /api/queues/:queueName/add':
    'Jobs are made by the gateway’s flows, through their outbox; a job added by hand (or duplicated) skips the flow’s claim.',
  'patch /api/queues/:queueName/:jobId/update-data':
    'A replayed job must be the job that failed: its data is not edited.',
  'put /api/queues/:queueName/empty':
    'Emptying a queue drops work whose outbox row was already sent: nothing would send it again.',
  'put /api/queues/:queueName/obliterate':
    'Obliterating a queue drops its waiting and failed work: nothing would send it again.',
  'put /api/queues/:queueName/clean/:queueStatus':
    'Cleaning drops jobs: failed ones are the dead letters the exception workbench replays.',
  'put /api/queues/:queueName/:jobId/clean':
    'Removing a job drops its work: a failed one is a dead letter the exception workbench replays.',
  'put /api/queues/:queueName/:jobId/remove-unprocessed-children':
    'A parent’s unprocessed children are work of its flow still to be done.',
  'put /api/queues/:queueName/job-schedulers/:schedulerId/remove':
    'Schedules come from each app’s configuration and are set again when it starts.',
  'patch /api/queues/:queueName/job-schedulers/:schedulerId':
    'Schedules come from each app’s configuration and are set again when it starts.',
};

const COMPLETED_RETRY =
  'Only failed jobs are retried here: a completed job has done its work once.';

async function refusal({ method, route, request }: HookContext): Promise<string | undefined> {
  const refused = REFUSED[`${method} ${route}`];
  if (refused) return refused;
  if (method !== 'put') return undefined;
  if (route === '/api/queues/:queueName/retry/:queueStatus')
    return request.params.queueStatus === 'completed' ? COMPLETED_RETRY : undefined;
  if (route === '/api/queues/:queueName/:jobId/retry') {
    const queue = request.queues.get(request.params.queueName);
    const job = await queue?.getJob(request.params.jobId);
    return (await job?.getState()) === 'completed' ? COMPLETED_RETRY : undefined;
  }
  return undefined;
}

/** The board's before-hook: a refused action answers 403 with the reason, doing nothing. */
export const queuesBoardActions: BoardHooks = {
  async before(context) {
    const message = await refusal(context);
    return message ? { allow: false, status: 403, message } : undefined;
  },
};
