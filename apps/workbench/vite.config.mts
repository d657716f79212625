import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

/**
 * The finance workbench, built into dist/workbench for the experience API to serve at
 * /workbench/. `vite --config apps/workbench/vite.config.mts` serves it while it is worked on,
 * calling the experience API on port 3000.
 */
export default defineConfig({
  root: here,
  base: '/workbench/',
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    alias: {
      '@p2c-gateway/experience-client': resolve(here, '../../clients/experience/src/index.ts'),
    },
  },
  build: {
    outDir: resolve(here, '../../dist/workbench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      // TanStack Query marks its hooks "use client" for server components; this app has none
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: Object.fromEntries(
      [
        '/dashboards',
        '/exceptions',
        '/dead-letters',
        '/billing-runs',
        '/billing-events',
        '/reconciliations',
        '/lineage',
        '/partner',
        '/dev',
        '/forecasts',
        '/utilisation',
        '/bench',
      ].map((path) => [path, 'http://127.0.0.1:3000']),
    ),
  },
});
