import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { DestinationStream, stdTimeFunctions } from 'pino';
import type { Options } from 'pino-http';
import type { Params } from 'nestjs-pino';
import { currentLogContext } from './log-context';
import { activeTraceIds } from './trace-ids';

/** Nest's level names, as LOG_LEVEL takes them. */
export type LogLevel = 'error' | 'warn' | 'log' | 'debug' | 'verbose';
export type LogFormat = 'json' | 'pretty';

export interface LoggingSettings {
  level: LogLevel;
  /** Unset: pretty for a person (NODE_ENV=development, or a terminal outside production), JSON lines otherwise. */
  format?: LogFormat;
}

const PINO_LEVELS: Record<LogLevel, string> = {
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/**
 * Secrets and personal data that must never reach a log, wherever someone puts them in a logged object: each name
 * as headers and habits spell it (lower case, Capitalized, UPPER CASE), up to three levels deep (pino's paths are
 * exact). HTTP requests are logged without headers, query or body (see `serializers`); these paths catch the rest.
 */
const REDACTED_PATHS = ['authorization', 'cookie', 'password', 'token', 'secret', 'jwt']
  .flatMap((key) => [key, `${key[0].toUpperCase()}${key.slice(1)}`, key.toUpperCase()])
  .flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

const REQUEST_ID = /^[\w.:-]{1,100}$/;

export class LogFormatUnavailableError extends Error {
  constructor() {
    super(
      'LOG_FORMAT=pretty needs pino-pretty, a development dependency this installation does not have; use LOG_FORMAT=json',
    );
    this.name = 'LogFormatUnavailableError';
  }
}

/** The format asked for, else the one that suits where the lines go; pretty only where pino-pretty is installed. */
export function chooseLogFormat(
  requested: LogFormat | undefined,
  environment: NodeJS.ProcessEnv = process.env,
  toTerminal = process.stdout.isTTY === true,
): LogFormat {
  if (requested === 'pretty' && !prettyPrinterInstalled()) throw new LogFormatUnavailableError();
  if (requested) return requested;
  const forAPerson =
    environment.NODE_ENV === 'development' || (environment.NODE_ENV !== 'production' && toTerminal);
  return forAPerson && prettyPrinterInstalled() ? 'pretty' : 'json';
}

/**
 * nestjs-pino's parameters: one line per entry, each carrying the ids of the command or event being handled and
 * the active trace; HTTP requests logged as method, path and status (health probes not at all).
 */
export async function loggerParams(
  settings: LoggingSettings,
  destination?: DestinationStream,
): Promise<Params> {
  const format = chooseLogFormat(settings.format);
  const options: Options = {
    level: PINO_LEVELS[settings.level],
    timestamp: stdTimeFunctions.isoTime,
    mixin: () => ({ ...currentLogContext(), ...activeTraceIds() }),
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    ...(format === 'json' && { formatters: { level: (label: string) => ({ level: label }) } }),
    serializers: {
      req: (request: { id?: unknown; method?: string; url?: string }) => ({
        id: request.id,
        method: request.method,
        // the query string can carry tokens (a WebSocket's sign-in) and personal data
        path: request.url?.split('?')[0],
      }),
      res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
    },
    genReqId: (request: IncomingMessage, response: ServerResponse) => {
      const given = request.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      response.setHeader('x-request-id', id);
      return id;
    },
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
    autoLogging: { ignore: (request) => request.url?.startsWith('/health') ?? false },
  };
  const stream = format === 'pretty' ? await prettyStream(destination) : destination;
  return { pinoHttp: stream ? [options, stream] : options };
}

async function prettyStream(destination: DestinationStream | undefined): Promise<DestinationStream> {
  const { default: pretty } = await import('pino-pretty');
  return pretty({
    destination: destination ?? 1,
    colorize: destination === undefined && process.stdout.isTTY === true,
    ignore: 'pid,hostname,req,res,context',
    messageFormat: '{if context}[{context}] {end}{msg}',
    translateTime: 'SYS:HH:MM:ss.l',
    singleLine: true,
    // a person reads this: the last lines before a failed start exits must not be lost
    sync: true,
  });
}

function prettyPrinterInstalled(): boolean {
  try {
    require.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}
