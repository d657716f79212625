import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { forwardOutput } from './app-output';

async function forwarded(lines: string[], pretty: boolean): Promise<string> {
  const output = new PassThrough();
  const terminal = new PassThrough();
  let written = '';
  terminal.on('data', (chunk: Buffer) => (written += chunk.toString()));
  forwardOutput(output, pretty, terminal);
  output.end(lines.join('\n') + '\n');
  await new Promise((resolve) => setImmediate(resolve));
  return stripVTControlCharacters(written);
}

const request = JSON.stringify({
  level: 30,
  time: Date.UTC(2026, 11, 7, 9, 30),
  app: 'system-erp',
  msg: 'request completed',
  req: { method: 'POST', url: '/time-postings/batch' },
  res: { statusCode: 200 },
  responseTime: 12,
});
const startUp = JSON.stringify({
  level: 30,
  app: 'system-erp',
  context: 'RoutesResolver',
  msg: 'x',
});

describe("npm start's app output", () => {
  it('shows one readable line per log line on a terminal, without start-up chatter', async () => {
    const shown = await forwarded([request, startUp, 'not json'], true);
    expect(shown).toMatch(/INFO: system-erp POST \/time-postings\/batch 200 12 ms\n/);
    expect(shown).not.toMatch(/RoutesResolver|"req"/);
    expect(shown).toMatch(/not json\n$/);
  });

  it('passes JSON lines on untouched otherwise', async () => {
    expect(await forwarded([request, startUp], false)).toBe(`${request}\n${startUp}\n`);
  });
});
