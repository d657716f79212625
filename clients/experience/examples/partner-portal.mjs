// A partner team's first call: list your customers' projects and invoices.
//   P2C_URL=https://gateway.example.com P2C_TOKEN=<your partner JWT> node examples/partner-portal.mjs
import { createExperienceClient } from '@p2c-gateway/experience-client';

const client = createExperienceClient({
  baseUrl: process.env.P2C_URL ?? 'http://localhost:3000',
  token: process.env.P2C_TOKEN,
});

const projects = await client.GET('/partner/projects', { params: { query: { limit: 50 } } });
if (projects.error) {
  console.error(`${projects.error.status} ${projects.error.code}: ${projects.error.detail}`);
  process.exit(1);
}
for (const project of projects.data.items)
  console.log(`project ${project.project} ${project.name ?? ''} ${project.status}`);

// lists are cursor-paged: follow nextCursor until it is absent
let cursor;
do {
  const page = await client.GET('/partner/invoices', { params: { query: { cursor } } });
  if (page.error) throw new Error(page.error.detail);
  for (const invoice of page.data.items)
    console.log(
      `invoice ${invoice.number ?? invoice.invoice} ${invoice.total.amount} ${invoice.total.currency} ${invoice.paymentStatus}`,
    );
  cursor = page.data.nextCursor;
} while (cursor);
