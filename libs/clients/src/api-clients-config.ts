import { z } from 'zod';
import { GATEWAY_APPS } from '@p2c/platform';
import type { ClientApp } from './client-apps';

/** `system-erp` → `SYSTEM_ERP_URL`: where the app is reached. */
export function apiUrlVariable(app: ClientApp): string {
  return `${app.toUpperCase().replace(/-/g, '_')}_URL`;
}

/**
 * Variables of the clients an app uses: one `<APP>_URL` per app it calls (default: that app on
 * this host at its GATEWAY_APPS port), the call timeout and the lifetime of minted service tokens.
 */
export function apiClientsConfigShapeFor(apps: readonly ClientApp[]): z.ZodRawShape {
  const urls = Object.fromEntries(
    apps.map((app) => [
      apiUrlVariable(app),
      z.url({ protocol: /^https?$/ }).default(`http://127.0.0.1:${GATEWAY_APPS[app].port}`),
    ]),
  );
  return {
    ...urls,
    API_CLIENT_TIMEOUT_MS: z.coerce.number().int().min(1).default(30_000),
    SERVICE_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
  };
}
