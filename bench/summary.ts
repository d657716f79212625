/**
 * The one table `npm run bench` ends with: every figure the benchmarks recorded in
 * bench/results/by-bench.json, gathered into bench/results/latest.json under
 * `{machine, pipeline, vendorBound, experience, billing, webhookToErp, memory}`, each target
 * reported as met or not met. A missed target is reported, never a failing exit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { BY_BENCH, LATEST } from './results';

type Entry = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Target {
  section: keyof typeof SECTIONS;
  figure: string;
  value: number | string | undefined;
  target: string;
  met: boolean | undefined;
}

const SECTIONS = {
  pipeline: 1,
  vendorBound: 1,
  experience: 1,
  billing: 1,
  webhookToErp: 1,
  memory: 1,
};

const verdict = (met: boolean | undefined) =>
  met === undefined ? 'not measured' : met ? 'met' : 'not met';

export function summarise(): void {
  let byBench: Record<string, Entry> = {};
  try {
    byBench = JSON.parse(readFileSync(BY_BENCH, 'utf8')) as Record<string, Entry>;
  } catch {
    // nothing measured yet: every figure is reported as not measured
  }
  const { pipeline, dashboard, webhook } = {
    pipeline: byBench.pipeline,
    dashboard: byBench.dashboard,
    webhook: byBench['webhook-latency'],
  };
  const vendor = byBench['vendor-bound'];
  const billing = byBench['billing-run'];
  const memory = byBench.memory?.apps as Record<string, { idleMb: number; loadedMb?: number }>;
  const loaded: Record<string, number | undefined> = {
    'process-time': vendor?.workerLoadedMb,
  };

  const latest = {
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model,
      memoryMb: Math.round(totalmem() / 1024 / 1024),
      node: process.version,
      loadAverageAtEnd: loadavg().map((load) => +load.toFixed(2)),
      measuredAt: Object.fromEntries(
        Object.entries(byBench).map(([bench, entry]) => [bench, entry.measuredAt]),
      ),
      loadAverageDuring: Object.fromEntries(
        Object.entries(byBench).map(([bench, entry]) => [bench, entry.machine?.loadAverage]),
      ),
    },
    pipeline: pipeline && {
      entries: pipeline.entries,
      entriesPerSec: pipeline.entriesPerSec,
      bullmqPerSec: pipeline.bullmqPerSec,
      ratio: pipeline.ratio,
    },
    vendorBound: vendor && {
      entries: vendor.entries,
      postingsPerSec: vendor.postingsPerSec,
      ceilingPerSec: vendor.ceilingPerSec,
      ratio: vendor.ratio,
      erp429: vendor.erp429,
      jobs429: vendor.jobs429,
      erpPeakInFlight: vendor.erpPeakInFlight,
      erpConcurrency: vendor.erp?.concurrency,
    },
    experience: dashboard && {
      reqPerSec: dashboard.requestsPerSecond?.dashboard,
      p99Ms: dashboard.p99Ms?.dashboard,
      bareReqPerSec: dashboard.requestsPerSecond?.bare,
      ratio: dashboard.ratio,
    },
    billing: billing && {
      invoicesPerSec: billing.invoicesPerSecond?.run,
      ceilingPerSec: billing.invoicesPerSecond?.ceiling,
      ratio: billing.ratio,
    },
    webhookToErp: webhook && {
      entries: webhook.entries,
      p50Ms: webhook.latencyMs?.p50,
      p95Ms: webhook.latencyMs?.p95,
    },
    memory:
      memory &&
      Object.fromEntries(
        Object.entries(memory).map(([app, figures]) => [
          app,
          { idleMb: figures.idleMb, loadedMb: figures.loadedMb ?? loaded[app] ?? null },
        ]),
      ),
  };

  const under = (value: number | undefined, limit: number) =>
    value === undefined ? undefined : value < limit;
  const atLeast = (value: number | undefined, floor: number) =>
    value === undefined ? undefined : value >= floor;
  const all = (...checks: (boolean | undefined)[]) =>
    checks.includes(undefined) ? undefined : checks.every(Boolean);
  const p = latest.pipeline;
  const v = latest.vendorBound;
  const e = latest.experience;
  const idle = latest.memory ? Object.values(latest.memory).map((app) => app.idleMb) : [];
  const targets: Target[] = [
    {
      section: 'pipeline',
      figure: 'pipeline entries/s',
      value: p?.entriesPerSec,
      target: '≥ 2000',
      met: atLeast(p?.entriesPerSec, 2000),
    },
    {
      section: 'pipeline',
      figure: 'pipeline / bare BullMQ',
      value: p?.ratio,
      target: '≥ 0.25',
      met: atLeast(p?.ratio, 0.25),
    },
    {
      section: 'vendorBound',
      figure: 'vendor-bound / per-record ceiling',
      value: v?.ratio,
      target: '≥ 5',
      met: atLeast(v?.ratio, 5),
    },
    {
      section: 'vendorBound',
      figure: 'vendor-bound 429s reaching a job',
      value: v?.jobs429,
      target: '0',
      met: v && v.jobs429 === 0,
    },
    {
      section: 'vendorBound',
      figure: 'vendor-bound ERP peak at once',
      value: v?.erpPeakInFlight,
      target: `≤ ${v?.erpConcurrency ?? 10}`,
      met: v && v.erpPeakInFlight <= v.erpConcurrency,
    },
    {
      section: 'experience',
      figure: 'experience / bare node:http',
      value: e?.ratio,
      target: '≥ 0.4',
      met: atLeast(e?.ratio, 0.4),
    },
    {
      section: 'experience',
      figure: 'experience p99 ms',
      value: e?.p99Ms,
      target: '< 50',
      met: under(e?.p99Ms, 50),
    },
    {
      section: 'billing',
      figure: 'billing / ERP ceiling',
      value: latest.billing?.ratio,
      target: '≥ 0.8',
      met: atLeast(latest.billing?.ratio, 0.8),
    },
    {
      section: 'webhookToErp',
      figure: 'webhook → ERP p95 ms',
      value: latest.webhookToErp?.p95Ms,
      target: '< 500',
      met: under(latest.webhookToErp?.p95Ms, 500),
    },
    {
      section: 'memory',
      figure: 'every app idle MB (max)',
      value: idle.length ? Math.max(...idle) : undefined,
      target: '< 150',
      met: idle.length ? all(...idle.map((mb) => mb < 150)) : undefined,
    },
  ];
  // each section says which of its targets it met (memory's under `targets`, beside the apps)
  const withTargets: Record<string, unknown> = { ...latest };
  for (const section of Object.keys(SECTIONS) as (keyof typeof SECTIONS)[]) {
    const verdicts = Object.fromEntries(
      targets.filter((t) => t.section === section).map((t) => [t.figure, verdict(t.met)]),
    );
    withTargets[section] = latest[section] ? { ...latest[section], targets: verdicts } : null;
  }
  writeFileSync(LATEST, `${JSON.stringify(withTargets, null, 2)}\n`);
  console.log('\n=== every figure (bench/results/latest.json)');
  console.table(
    Object.fromEntries(
      targets.map((t) => [
        t.figure,
        { value: t.value ?? '—', target: t.target, verdict: verdict(t.met) },
      ]),
    ),
  );
  if (latest.memory) console.table(latest.memory);
}
