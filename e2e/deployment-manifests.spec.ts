import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { YAML11_SCHEMA, load, loadAll } from 'js-yaml';
import { ClientApp, apiUrlVariable } from '@p2c/clients';
import {
  ConfigShape,
  ConfigValidationError,
  GATEWAY_APPS,
  GatewayAppName,
  gatewayConfigShape,
  parseConfig,
} from '@p2c/platform';
import {
  EXPERIENCE_API_CALLS,
  experienceApiConfigShape,
} from '@p2c/apps/experience-api/src/experience-api-config';
import {
  PROCESS_BILLING_CALLS,
  processBillingConfigShape,
} from '@p2c/apps/process-billing/src/process-billing-config';
import {
  PROCESS_FORECAST_CALLS,
  processForecastConfigShape,
} from '@p2c/apps/process-forecast/src/process-forecast-config';
import {
  ONBOARDING_CALLS,
  processOnboardingConfigShape,
} from '@p2c/apps/process-onboarding/src/process-onboarding-config';
import {
  PROCESS_TIME_CALLS,
  processTimeConfigShape,
} from '@p2c/apps/process-time/src/process-time-config';
import { DATA_OWNERS, databaseUrlVariable } from '@p2c/persistence';
import { systemCrmConfigShape } from '@p2c/apps/system-crm/src/system-crm-config';
import { systemErpConfigShape } from '@p2c/apps/system-erp/src/system-erp-config';
import { systemHcmConfigShape } from '@p2c/apps/system-hcm/src/system-hcm-config';
import { systemPsaConfigShape } from '@p2c/apps/system-psa/src/psa-config';
import { sandboxConfigShape } from '@p2c/apps/vendor-sandbox/src/sandbox-config';

/**
 * The deployment files are checked as an operator's tooling reads them: docker/compose.yaml (with
 * YAML merge keys, as compose resolves them), docker/prometheus.yml and every manifest under
 * deploy/k8s. Each rule is a function returning what breaks it, run on the real files (nothing)
 * and on a copy broken on purpose (the problem named).
 */
const root = join(__dirname, '..');
const APPS = Object.keys(GATEWAY_APPS) as GatewayAppName[];
const PROCESS_APPS = APPS.filter((app) => app.startsWith('process-'));
const CALLS: Partial<Record<GatewayAppName, readonly ClientApp[]>> = {
  'experience-api': EXPERIENCE_API_CALLS,
  'process-billing': PROCESS_BILLING_CALLS,
  'process-forecast': PROCESS_FORECAST_CALLS,
  'process-onboarding': ONBOARDING_CALLS,
  'process-time': PROCESS_TIME_CALLS,
};

/** What each app validates its environment against when it starts. */
const CONFIG: Record<GatewayAppName, ConfigShape> = {
  'vendor-sandbox': sandboxConfigShape,
  'system-crm': gatewayConfigShape('system-crm', systemCrmConfigShape),
  'system-psa': gatewayConfigShape('system-psa', systemPsaConfigShape),
  'system-erp': gatewayConfigShape('system-erp', systemErpConfigShape),
  'system-hcm': gatewayConfigShape('system-hcm', systemHcmConfigShape),
  'process-onboarding': gatewayConfigShape('process-onboarding', processOnboardingConfigShape),
  'process-time': gatewayConfigShape('process-time', processTimeConfigShape),
  'process-billing': gatewayConfigShape('process-billing', processBillingConfigShape),
  'process-forecast': gatewayConfigShape('process-forecast', processForecastConfigShape),
  'experience-api': gatewayConfigShape('experience-api', experienceApiConfigShape),
};

/** What stops an app starting with this environment (production: no development secrets). */
function configProblems(name: string, app: GatewayAppName, env: Record<string, string>): string[] {
  try {
    parseConfig(CONFIG[app], env);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    return error.problems.map((problem) => `${name}: ${problem}`);
  }
}

interface Probe {
  httpGet?: { path?: string };
}
interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { key: string } };
}
interface Container {
  command?: string[];
  env?: EnvVar[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  resources?: Partial<Record<'requests' | 'limits', Partial<Record<'cpu' | 'memory', string>>>>;
}
/** A Kubernetes manifest (or a kustomization) as far as the rules read it. */
interface Doc {
  kind?: string;
  metadata: { name: string };
  resources?: string[];
  configMapGenerator?: { name: string; literals?: string[] }[];
  spec?: {
    template?: { metadata: { labels: Record<string, string> }; spec: { containers: Container[] } };
    selector?: { matchLabels: Record<string, string> };
    scaleTargetRef?: { name: string };
    triggers?: { type: string; metadata: Record<string, string> }[];
  };
}
interface Prometheus {
  scrape_configs: {
    job_name: string;
    static_configs?: { targets: string[] }[];
    dns_sd_configs?: { names: string[]; port: number }[];
  }[];
}

interface ComposeService {
  command?: string[];
  environment?: Record<string, string | number>;
  deploy?: { replicas?: number };
}
interface Compose {
  services: Record<string, ComposeService>;
}

const clone = <T>(value: T): T => structuredClone(value);

function readCompose(): Compose {
  const text = readFileSync(join(root, 'docker/compose.yaml'), 'utf8');
  return load(text, { schema: YAML11_SCHEMA }) as Compose;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

function readManifests(dir: string): Doc[] {
  return yamlFiles(dir).flatMap((file) =>
    (loadAll(readFileSync(file, 'utf8')) as (Doc | null)[]).filter(
      (doc): doc is Doc => doc !== null,
    ),
  );
}

/** The app a compose service or a Deployment runs: `start-app.js <app>`. */
function appOf(command: readonly string[] | undefined): string | undefined {
  const at = command?.indexOf('dist/scripts/start-app.js') ?? -1;
  return at >= 0 ? command![at + 1] : undefined;
}

function composeRoleOf(service: ComposeService): string {
  return String(service.environment?.PROCESS_ROLE ?? 'all');
}

/** Every app runs as a service named after it; each process app also as two worker replicas. */
function composeAppProblems(compose: Compose): string[] {
  const problems: string[] = [];
  for (const app of APPS) {
    const service = compose.services[app];
    if (!service || appOf(service.command) !== app) problems.push(`${app}: no compose service`);
  }
  for (const app of PROCESS_APPS) {
    const workers = Object.values(compose.services).filter(
      (service) => appOf(service.command) === app && composeRoleOf(service) === 'worker',
    );
    const replicas = workers.reduce((sum, service) => sum + (service.deploy?.replicas ?? 1), 0);
    if (replicas < 2) problems.push(`${app}: ${replicas} worker replicas, not 2`);
    if (composeRoleOf(compose.services[app] ?? {}) !== 'api')
      problems.push(`${app}: its compose service is not PROCESS_ROLE=api`);
  }
  return problems;
}

/** Each app's own URLs are set, and every URL names a compose service, never this host. */
function composeUrlProblems(compose: Compose): string[] {
  const problems: string[] = [];
  const names = new Set(Object.keys(compose.services));
  for (const [name, service] of Object.entries(compose.services)) {
    const env = service.environment ?? {};
    const app = appOf(service.command) as GatewayAppName | undefined;
    for (const called of (app && CALLS[app]) || [])
      if (env[apiUrlVariable(called)] === undefined)
        problems.push(`${name}: ${apiUrlVariable(called)} is not set`);
    for (const [key, value] of Object.entries(env)) {
      if (!/_URL$/.test(key) || !/^https?:\/\//.test(String(value))) continue;
      const host = new URL(String(value)).hostname;
      if (!names.has(host)) problems.push(`${name}: ${key} points at ${host}, not a service`);
    }
  }
  return problems;
}

/** The sandbox signs with the secret system-psa verifies with, and takes the tokens sent to it. */
function composeSecretProblems(compose: Compose): string[] {
  const problems: string[] = [];
  const sandbox = compose.services['vendor-sandbox']?.environment ?? {};
  const pairs: [string, string, string][] = [
    ['system-psa', 'PSA_WEBHOOK_SECRET', 'SANDBOX_PSA_WEBHOOK_SECRET'],
    ['system-crm', 'CRM_TOKEN', 'SANDBOX_CRM_TOKEN'],
    ['system-psa', 'PSA_TOKEN', 'SANDBOX_PSA_TOKEN'],
    ['system-erp', 'ERP_TOKEN', 'SANDBOX_ERP_TOKEN'],
    ['system-hcm', 'HCM_TOKEN', 'SANDBOX_HCM_TOKEN'],
  ];
  for (const [service, key, sandboxKey] of pairs) {
    const value = compose.services[service]?.environment?.[key];
    if (value === undefined || value !== sandbox[sandboxKey])
      problems.push(`${service}: ${key} is not the sandbox's ${sandboxKey}`);
  }
  return problems;
}

/** Redis keeps every key (noeviction) and survives a restart (AOF). */
function composeRedisProblems(compose: Compose): string[] {
  const command = (compose.services.redis?.command ?? []).join(' ');
  const problems: string[] = [];
  if (!/--maxmemory-policy noeviction/.test(command)) problems.push('redis: not noeviction');
  if (!/--appendonly yes/.test(command)) problems.push('redis: no AOF');
  return problems;
}

/** Prometheus scrapes every app of the compose file, the worker replicas included. */
function prometheusProblems(compose: Compose, prometheus: Prometheus): string[] {
  const targets = new Set<string>(
    prometheus.scrape_configs.flatMap((job) => [
      ...(job.static_configs ?? []).flatMap((config) => config.targets),
      ...(job.dns_sd_configs ?? []).flatMap((config) =>
        config.names.map((name) => `${name}:${config.port}`),
      ),
    ]),
  );
  return Object.entries(compose.services)
    .filter(([, service]) => appOf(service.command) !== undefined)
    .filter(([name, service]) => !targets.has(`${name}:${service.environment?.PORT}`))
    .map(([name]) => `${name}: not scraped by Prometheus`);
}

function containersOf(doc: Doc): Container[] {
  return doc.spec?.template?.spec?.containers ?? [];
}

/** Each Deployment probes its health routes and sets requests and limits of CPU and memory. */
function deploymentProblems(docs: Doc[]): string[] {
  const problems: string[] = [];
  for (const doc of docs.filter((candidate) => candidate.kind === 'Deployment')) {
    const name = doc.metadata.name;
    const containers = containersOf(doc);
    if (containers.length === 0) problems.push(`${name}: no containers`);
    for (const container of containers) {
      if (container.livenessProbe?.httpGet?.path !== '/health/live')
        problems.push(`${name}: no liveness probe on /health/live`);
      if (container.readinessProbe?.httpGet?.path !== '/health/ready')
        problems.push(`${name}: no readiness probe on /health/ready`);
      for (const kind of ['requests', 'limits'] as const)
        for (const resource of ['cpu', 'memory'] as const)
          if (container.resources?.[kind]?.[resource] === undefined)
            problems.push(`${name}: no ${resource} ${kind}`);
    }
  }
  return problems;
}

function deploymentsOf(docs: Doc[]): Map<string, Doc> {
  return new Map(
    docs.filter((doc) => doc.kind === 'Deployment').map((doc) => [doc.metadata.name, doc]),
  );
}

function roleOf(deployment: Doc): string {
  const env = containersOf(deployment)[0]?.env ?? [];
  return env.find((variable) => variable.name === 'PROCESS_ROLE')?.value ?? 'all';
}

/**
 * Every app but the sandbox has a Deployment in the base (process apps an api and a worker
 * one), each kept available by a PodDisruptionBudget; the sandbox is the sandbox overlay's.
 */
function coverageProblems(base: Doc[], sandbox: Doc[]): string[] {
  const problems: string[] = [];
  const deployments = deploymentsOf(base);
  const budgets = base.filter((doc) => doc.kind === 'PodDisruptionBudget');
  const expected: [string, string, string][] = APPS.filter((app) => app !== 'vendor-sandbox')
    .map((app): [string, string, string] => [app, app, PROCESS_APPS.includes(app) ? 'api' : 'all'])
    .concat(PROCESS_APPS.map((app): [string, string, string] => [`${app}-worker`, app, 'worker']));
  for (const [name, app, role] of expected) {
    const deployment = deployments.get(name);
    if (!deployment || appOf(containersOf(deployment)[0]?.command) !== app) {
      problems.push(`${name}: no Deployment running ${app}`);
      continue;
    }
    if (roleOf(deployment) !== role) problems.push(`${name}: not PROCESS_ROLE=${role}`);
    const labels = deployment.spec?.template?.metadata.labels ?? {};
    const covered = budgets.some((budget) =>
      Object.entries(budget.spec?.selector?.matchLabels ?? { none: '' }).every(
        ([key, value]) => labels[key] === value,
      ),
    );
    if (!covered) problems.push(`${name}: no PodDisruptionBudget`);
  }
  if (!deploymentsOf(sandbox).has('vendor-sandbox'))
    problems.push('vendor-sandbox: no Deployment in the sandbox overlay');
  return problems;
}

/** process-time's workers scale on queue depth; the migrations run as a Job. */
function scalingProblems(base: Doc[]): string[] {
  const problems: string[] = [];
  const scaler = base.find(
    (doc) =>
      doc.kind === 'ScaledObject' && doc.spec?.scaleTargetRef?.name === 'process-time-worker',
  );
  const lists = (scaler?.spec?.triggers ?? [])
    .filter((trigger) => trigger.type === 'redis')
    .map((trigger) => trigger.metadata.listName);
  if (!lists.some((list) => /:time-posting:wait$/.test(list)))
    problems.push('process-time-worker: not scaled on the time-posting queue');
  const migrate = base.find(
    (doc) =>
      doc.kind === 'Job' && containersOf(doc)[0]?.command?.includes('dist/scripts/migrate.js'),
  );
  if (!migrate) problems.push('no migrations Job');
  return problems;
}

/** Every resource a kustomization names exists, as a file or a directory with a kustomization. */
function kustomizationProblems(file: string, kustomization: Doc): string[] {
  const dir = dirname(file);
  return (kustomization.resources ?? [])
    .filter((resource) => {
      const path = join(dir, resource);
      if (!existsSync(path)) return true;
      return statSync(path).isDirectory() && !existsSync(join(path, 'kustomization.yaml'));
    })
    .map((resource) => `${file.slice(root.length + 1)}: ${resource} does not exist`);
}

/** Every app of the compose file starts with the environment it is given. */
function composeConfigProblems(compose: Compose): string[] {
  return Object.entries(compose.services).flatMap(([name, service]) => {
    const app = appOf(service.command) as GatewayAppName | undefined;
    if (!app) return [];
    const env = Object.fromEntries(
      Object.entries(service.environment ?? {}).map(([key, value]) => [key, String(value)]),
    );
    return configProblems(name, app, { ...env, NODE_ENV: env.NODE_ENV ?? 'production' });
  });
}

function literalsOf(kustomization: Doc): Record<string, string> {
  const literals = kustomization.configMapGenerator?.find(
    (generator) => generator.name === 'p2c-gateway-config',
  )?.literals;
  return Object.fromEntries(
    (literals ?? []).map((line) => [
      line.slice(0, line.indexOf('=')),
      line.slice(line.indexOf('=') + 1),
    ]),
  );
}

function envFile(file: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

/**
 * An overlay's environment as each pod sees it: the base's ConfigMap merged with the overlay's,
 * the Secret from secrets.env (its example here), the container's own variables.
 */
function overlayEnv(overlay: string): {
  config: Record<string, string>;
  secrets: Record<string, string>;
} {
  const read = (file: string) => load(readFileSync(file, 'utf8')) as Doc;
  const dir = join(root, 'deploy/k8s/overlays', overlay);
  return {
    config: {
      ...literalsOf(read(join(root, 'deploy/k8s/base/kustomization.yaml'))),
      ...literalsOf(read(join(dir, 'kustomization.yaml'))),
    },
    secrets: envFile(join(dir, 'secrets.env.example')),
  };
}

/**
 * Every Deployment's app starts with its overlay's environment, each app's Postgres URL of its
 * own is in the Secret, and the gateway's own URLs name Services.
 */
function overlayConfigProblems(
  deployments: Doc[],
  env: { config: Record<string, string>; secrets: Record<string, string> },
): string[] {
  const services = new Set(
    deployments.filter((doc) => doc.kind === 'Service').map((doc) => doc.metadata.name),
  );
  const problems = Object.entries(env.config)
    .filter(([key, value]) => /_URL$/.test(key) && value.startsWith('http://'))
    .filter(([, value]) => !services.has(new URL(value).hostname))
    .map(
      ([key, value]) =>
        `p2c-gateway-config: ${key} points at ${new URL(value).hostname}, not a Service`,
    );
  for (const owner of DATA_OWNERS)
    if (!env.secrets[databaseUrlVariable(owner)])
      problems.push(`p2c-gateway-secrets: ${databaseUrlVariable(owner)} is not set`);
  for (const deployment of deployments.filter((doc) => doc.kind === 'Deployment')) {
    const container = containersOf(deployment)[0];
    const app = appOf(container?.command) as GatewayAppName;
    const own = Object.fromEntries(
      (container?.env ?? []).map((variable) => [
        variable.name,
        variable.value ?? env.secrets[variable.valueFrom?.secretKeyRef?.key ?? ''] ?? '',
      ]),
    );
    const fromConfig = app === 'vendor-sandbox' ? {} : { ...env.config, ...env.secrets };
    problems.push(...configProblems(deployment.metadata.name, app, { ...fromConfig, ...own }));
  }
  return problems;
}

describe('deployment files', () => {
  const compose = readCompose();
  const prometheus = load(readFileSync(join(root, 'docker/prometheus.yml'), 'utf8')) as Prometheus;
  const base = readManifests(join(root, 'deploy/k8s/base'));
  const sandbox = readManifests(join(root, 'deploy/k8s/overlays/sandbox'));
  const kustomizations = yamlFiles(join(root, 'deploy/k8s')).filter((file) =>
    file.endsWith('kustomization.yaml'),
  );

  describe('docker/compose.yaml', () => {
    it('runs every app, each process app as an API and two worker replicas', () => {
      expect(composeAppProblems(compose)).toEqual([]);
      const broken = clone(compose);
      broken.services['process-time-worker'].deploy = { replicas: 1 };
      delete broken.services['system-hcm'];
      expect(composeAppProblems(broken)).toEqual([
        'system-hcm: no compose service',
        'process-time: 1 worker replicas, not 2',
      ]);
    });

    it('gives every app the URLs of the apps it calls, by service name', () => {
      expect(composeUrlProblems(compose)).toEqual([]);
      const broken = clone(compose);
      broken.services['process-billing'].environment!.SYSTEM_ERP_URL = 'http://127.0.0.1:3103';
      delete broken.services['experience-api'].environment!.PROCESS_TIME_URL;
      expect(composeUrlProblems(broken)).toEqual([
        'process-billing: SYSTEM_ERP_URL points at 127.0.0.1, not a service',
        'experience-api: PROCESS_TIME_URL is not set',
      ]);
    });

    it('gives every app an environment it starts with in production', () => {
      expect(composeConfigProblems(compose)).toEqual([]);
      const broken = clone(compose);
      delete broken.services['system-erp'].environment!.ERP_TOKEN;
      broken.services['process-time'].environment!.AUTH_SERVICE_TOKEN_SECRET = 'short';
      expect(composeConfigProblems(broken)).toEqual([
        'system-erp: ERP_TOKEN: required but not set',
        'process-time: AUTH_SERVICE_TOKEN_SECRET: must be at least 32 characters',
      ]);
    });

    it('has the sandbox sign its PSA webhooks with the secret system-psa verifies', () => {
      expect(composeSecretProblems(compose)).toEqual([]);
      const broken = clone(compose);
      broken.services['vendor-sandbox'].environment!.SANDBOX_PSA_WEBHOOK_SECRET = 'another-secret';
      expect(composeSecretProblems(broken)).toEqual([
        "system-psa: PSA_WEBHOOK_SECRET is not the sandbox's SANDBOX_PSA_WEBHOOK_SECRET",
      ]);
    });

    it('runs Redis with noeviction and AOF', () => {
      expect(composeRedisProblems(compose)).toEqual([]);
      const broken = clone(compose);
      broken.services.redis.command = ['redis-server'];
      expect(composeRedisProblems(broken)).toEqual(['redis: not noeviction', 'redis: no AOF']);
    });

    it('has Prometheus scrape every app and worker', () => {
      expect(prometheusProblems(compose, prometheus)).toEqual([]);
      const broken = clone(prometheus);
      broken.scrape_configs = broken.scrape_configs.filter(
        (job) => job.job_name !== 'process-forecast-worker',
      );
      expect(prometheusProblems(compose, broken)).toEqual([
        'process-forecast-worker: not scraped by Prometheus',
      ]);
    });
  });

  describe('deploy/k8s', () => {
    it('probes every Deployment and sets its requests and limits', () => {
      const all = [...base, ...sandbox];
      expect(deploymentsOf(all).size).toBeGreaterThanOrEqual(14);
      expect(deploymentProblems(all)).toEqual([]);
      const broken = clone(base);
      const deployment = deploymentsOf(broken).get('process-time-worker')!;
      delete containersOf(deployment)[0].readinessProbe;
      delete containersOf(deployment)[0].resources!.limits!.memory;
      expect(deploymentProblems(broken)).toEqual([
        'process-time-worker: no readiness probe on /health/ready',
        'process-time-worker: no memory limits',
      ]);
    });

    it('has a Deployment for every app and worker role, each with a disruption budget', () => {
      expect(coverageProblems(base, sandbox)).toEqual([]);
      const broken = base.filter(
        (doc) =>
          !(doc.kind === 'Deployment' && doc.metadata.name === 'process-billing-worker') &&
          !(doc.kind === 'PodDisruptionBudget' && doc.metadata.name === 'system-erp'),
      );
      expect(coverageProblems(broken, [])).toEqual([
        'system-erp: no PodDisruptionBudget',
        'process-billing-worker: no Deployment running process-billing',
        'vendor-sandbox: no Deployment in the sandbox overlay',
      ]);
    });

    it.each(['production', 'sandbox'])(
      'gives every app of the %s overlay an environment it starts with',
      (overlay) => {
        const manifests = overlay === 'sandbox' ? [...base, ...sandbox] : base;
        expect(overlayConfigProblems(manifests, overlayEnv(overlay))).toEqual([]);
      },
    );

    it('names what an overlay leaves an app without', () => {
      const env = overlayEnv('production');
      delete env.secrets.PROCESS_TIME_DATABASE_URL;
      delete env.secrets.PSA_WEBHOOK_SECRET;
      env.config.SYSTEM_HCM_URL = 'http://127.0.0.1:3104';
      const problems = overlayConfigProblems(base, env);
      expect(problems).toContain('p2c-gateway-secrets: PROCESS_TIME_DATABASE_URL is not set');
      expect(problems).toContain(
        'p2c-gateway-config: SYSTEM_HCM_URL points at 127.0.0.1, not a Service',
      );
      expect(problems).toContain('process-time-worker: PSA_WEBHOOK_SECRET: required but not set');
      expect(problems).toContain('system-crm: PSA_WEBHOOK_SECRET: required but not set');
    });

    it('scales process-time workers on queue depth and migrates in a Job', () => {
      expect(scalingProblems(base)).toEqual([]);
      const broken = base.filter((doc) => doc.kind !== 'ScaledObject' && doc.kind !== 'Job');
      expect(scalingProblems(broken)).toEqual([
        'process-time-worker: not scaled on the time-posting queue',
        'no migrations Job',
      ]);
    });

    it('names only resources that exist in every kustomization', () => {
      expect(kustomizations.map((file) => file.slice(root.length + 1)).sort()).toEqual([
        'deploy/k8s/base/kustomization.yaml',
        'deploy/k8s/overlays/production/kustomization.yaml',
        'deploy/k8s/overlays/sandbox/kustomization.yaml',
      ]);
      for (const file of kustomizations)
        expect(kustomizationProblems(file, load(readFileSync(file, 'utf8')) as Doc)).toEqual([]);
      const baseFile = join(root, 'deploy/k8s/base/kustomization.yaml');
      expect(
        kustomizationProblems(baseFile, {
          metadata: { name: 'base' },
          resources: ['system-crm.yaml', 'system-gone.yaml'],
        }),
      ).toEqual(['deploy/k8s/base/kustomization.yaml: system-gone.yaml does not exist']);
    });
  });
});
