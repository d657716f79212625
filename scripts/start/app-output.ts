/**
 * Where an app's log lines go under `npm start`: on a terminal (and not in production), one
 * readable line each (pino-pretty, the app's name first); otherwise the JSON lines as they are,
 * for a log shipper.
 */
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { prettyFactory } from 'pino-pretty';

export function wantsPrettyLogs(env: NodeJS.ProcessEnv, stdout: NodeJS.WriteStream): boolean {
  return Boolean(stdout.isTTY) && env.NODE_ENV !== 'production' && env.LOG_FORMAT !== 'json';
}

/** Nest's start-up chatter, which the summary replaces on a terminal. */
const START_UP_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
]);

interface LogLine {
  app?: string;
  msg?: string;
  context?: string;
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
  responseTime?: number;
}

/** `system-erp POST /time-postings/batch 200 12 ms`, or `process-time <message>`. */
function oneLine(log: LogLine): string {
  const { app = '', msg = '', req, res, responseTime } = log;
  if (req?.method && res?.statusCode)
    return `${app} ${req.method} ${req.url} ${res.statusCode} ${responseTime ?? '?'} ms`;
  return `${app} ${msg}`;
}

function parsed(line: string): LogLine | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    return JSON.parse(line) as LogLine;
  } catch {
    return undefined;
  }
}

/** Copies an app's output to the terminal, prettified when `pretty`. */
export function forwardOutput(output: Readable, pretty: boolean, to: NodeJS.WritableStream): void {
  if (!pretty) {
    output.pipe(to);
    return;
  }
  const prettify = prettyFactory({
    colorize: true,
    messageKey: 'msg',
    ignore: 'pid,hostname,app,context,correlationId,reqId,req,res,responseTime',
    messageFormat: (log) => oneLine(log as LogLine),
    translateTime: 'SYS:HH:MM:ss.l',
    singleLine: true,
  });
  createInterface({ input: output, crlfDelay: Infinity }).on('line', (line) => {
    const log = parsed(line);
    if (!log) return void to.write(`${line}\n`);
    if (log.context && START_UP_CONTEXTS.has(log.context)) return;
    to.write(prettify(log));
  });
}
