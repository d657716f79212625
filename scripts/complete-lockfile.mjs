#!/usr/bin/env node
/**
 * `npm run lockfile`: records every platform build of the native packages in package-lock.json.
 *
 * npm writes only the platform builds its registry could describe when it resolved the tree, and
 * a registry mirror that serves only some platforms leaves the others out; `npm ci` then refuses
 * the lock file on every machine ("Missing: @swc/core-darwin-arm64@ from lock file"). The missing
 * builds are optional dependencies pinned to exact versions, so their entries follow from the
 * parent's `optionalDependencies` and the platform named in the package name. npm never fetches
 * them on a platform they do not match. Run after every dependency change; `--check` only reports.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCK = join(
  import.meta.dirname ?? new URL('.', import.meta.url).pathname,
  '..',
  'package-lock.json',
);
const OS = [
  'darwin',
  'linux',
  'win32',
  'android',
  'freebsd',
  'openharmony',
  'sunos',
  'aix',
  'netbsd',
  'openbsd',
];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el'];

/** `@swc/core-linux-arm-gnueabihf` → {os: linux, cpu: arm, libc: glibc}. */
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((part) => OS.includes(part));
  const cpu = parts.find((part) => CPU.includes(part));
  if (!os || !cpu) return undefined;
  const flavour = parts.slice(parts.indexOf(cpu) + 1).join('-');
  const libc =
    os !== 'linux'
      ? undefined
      : flavour.startsWith('musl')
        ? 'musl'
        : flavour.startsWith('gnu')
          ? 'glibc'
          : undefined;
  return { os: [os], cpu: [cpu], ...(libc ? { libc: [libc] } : {}) };
}

const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const added = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const platform = platformOf(name);
    if (!platform || !/^\d+\.\d+\.\d+/.test(version)) continue;
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue;
    lock.packages[`node_modules/${name}`] = { version, optional: true, ...platform };
    added.push(`${name}@${version}`);
  }
}

if (process.argv.includes('--check')) {
  if (added.length) {
    console.error(
      `package-lock.json lacks ${added.length} platform builds: run \`npm run lockfile\`.`,
    );
    process.exit(1);
  }
} else if (added.length) {
  lock.packages = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) =>
      a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
    ),
  );
  writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`recorded ${added.length} platform builds in package-lock.json`);
}
