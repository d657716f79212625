import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp } from '@p2c/platform';
import { defaultScenario } from '../scenario/default-scenario';
import { Scenario } from '../scenario/scenario.types';
import { SandboxModuleOptions, VendorSandboxModule } from '../vendor-sandbox.module';
import { WorldService } from '../world/world.service';

export const VENDOR_TOKENS = {
  crm: 'crm-dev-token',
  psa: 'psa-dev-token',
  erp: 'erp-dev-token',
  hcm: 'hcm-dev-token',
} as const;

export interface RunningSandbox {
  app: NestFastifyApplication;
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  worlds: WorldService;
  close(): Promise<void>;
}

/** Northwind without its vendor latencies and limits: what most tests want to start from. */
export function quietNorthwind(): Scenario {
  const { vendors: _vendors, ...scenario } = defaultScenario();
  return scenario;
}

/**
 * Starts the sandbox on a free loopback port with silent logs, loaded with `scenario` (default:
 * quiet Northwind). Close it in afterAll.
 */
export async function startSandbox(
  scenario: Scenario = quietNorthwind(),
  options: SandboxModuleOptions = {},
): Promise<RunningSandbox> {
  const app = await createHttpApp(
    VendorSandboxModule.with({ ...options, env: { LOG_LEVEL: 'silent', ...options.env } }),
    'vendor-sandbox',
  );
  await app.listen(0, '127.0.0.1');
  const worlds = app.get(WorldService);
  worlds.reset(scenario);
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    worlds,
    close: () => app.close(),
  };
}
