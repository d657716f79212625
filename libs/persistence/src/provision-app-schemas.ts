import { Client } from 'pg';
import { DataOwner, schemaOf } from './app-schemas';

const DUPLICATE_OBJECT = '42710';
const UNIQUE_VIOLATION = '23505';

/**
 * Development provisioning, as the database owner: for each app a login role and a schema it owns,
 * both named after the app. Roles belong to the whole server and may be created meanwhile by
 * another database's provisioning; each gets the owner's password, if the owner's URL has one.
 * Production provisions these once by hand (see docs/operations/database.md).
 */
export async function provisionAppSchemas(ownerUrl: string, apps: DataOwner[]): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  const password = decodeURIComponent(new URL(ownerUrl).password);
  try {
    await client.query(`SELECT pg_advisory_lock(hashtextextended('p2c:provision', 0))`);
    for (const app of apps) {
      const name = client.escapeIdentifier(schemaOf(app));
      const login = password ? `LOGIN PASSWORD ${client.escapeLiteral(password)}` : 'LOGIN';
      await client.query(`CREATE ROLE ${name} ${login}`).catch((error: { code?: string }) => {
        if (error.code !== DUPLICATE_OBJECT && error.code !== UNIQUE_VIOLATION) throw error;
      });
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${name} AUTHORIZATION ${name}`);
    }
  } finally {
    await client.end();
  }
}
