/**
 * What an operator does once in the PSA's settings, done by `npm start` against the sandbox PSA:
 * subscribe system-psa's webhook receiver to the PSA's events. Waits until both answer; a target
 * already registered for the receiver is kept, so a restart never subscribes it twice.
 */
const WAIT_MS = 120_000;

interface WebhookTarget {
  id: string;
  url: string;
}

async function live(url: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const answer = await fetch(url).catch(() => undefined);
    if (answer?.ok) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export async function registerPsaWebhook(sandboxUrl: string, systemPsaUrl: string): Promise<void> {
  const receiver = `${systemPsaUrl}/webhooks/psa`;
  const targets = `${sandboxUrl}/__sandbox/psa/webhooks`;
  await Promise.all([live(targets), live(`${systemPsaUrl}/health/live`)]);
  const existing = (await (await fetch(targets)).json()) as WebhookTarget[];
  if (existing.some((target) => target.url === receiver)) return;
  const answer = await fetch(targets, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ url: receiver }),
  });
  if (!answer.ok)
    throw new Error(
      `the sandbox PSA refused the webhook target: ${answer.status} ${await answer.text()}`,
    );
  console.log(`the sandbox PSA pushes its events to ${receiver}`);
}

/**
 * `node dist/scripts/register-psa-webhook.js`: the same as a one-shot step of a deployment against
 * the sandbox, with `SANDBOX_URL` and `SYSTEM_PSA_URL` naming where the two are reached.
 */
if (require.main === module) {
  const sandboxUrl = process.env.SANDBOX_URL ?? 'http://127.0.0.1:4000';
  const systemPsaUrl = process.env.SYSTEM_PSA_URL ?? 'http://127.0.0.1:3102';
  registerPsaWebhook(sandboxUrl, systemPsaUrl).catch((error: unknown) => {
    console.error(
      `PSA webhooks not registered: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  });
}
