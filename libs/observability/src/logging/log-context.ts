import { AsyncLocalStorage } from 'node:async_hooks';

/** What a log line says about the command or event being handled when it was written. */
export interface LogContext {
  commandId?: string;
  commandType?: string;
  correlationId?: string;
  causationId?: string;
  eventId?: string;
  eventType?: string;
  streamId?: string;
  /** The subscription (projection, process manager) applying the event. */
  consumer?: string;
}

const storage = new AsyncLocalStorage<LogContext>();

/**
 * Runs `work` with `context` added to every log line written while it runs, however deep, without passing a
 * logger along. Nested calls add to what the caller set (a process manager's command keeps the event it reacts to).
 */
export function withLogContext<T>(context: LogContext, work: () => T): T {
  return storage.run({ ...storage.getStore(), ...definedOnly(context) }, work);
}

export function currentLogContext(): LogContext {
  return storage.getStore() ?? {};
}

function definedOnly(context: LogContext): LogContext {
  return Object.fromEntries(Object.entries(context).filter(([, value]) => value !== undefined));
}
