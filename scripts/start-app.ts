/**
 * `npm run start:app -- <app>`: starts one app from the JavaScript `npm run build` compiled into
 * dist/, with no TypeScript loader (production). The same as `node dist/apps/<app>/src/main.js`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GATEWAY_APPS } from '@p2c/platform';

const app = process.argv[2] ?? '';
if (!(app in GATEWAY_APPS)) {
  console.error(`usage: npm run start:app -- <${Object.keys(GATEWAY_APPS).join('|')}>`);
  process.exit(1);
}
const main = join(__dirname, '..', 'apps', app, 'src', 'main.js');
if (!existsSync(main)) {
  console.error(`no ${main}: run \`npm run build\` first`);
  process.exit(1);
}
void import(main);
