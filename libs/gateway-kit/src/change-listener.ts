import { backoffDelay } from '@hyeopchi/backoff';
import { Logger } from '@nestjs/common';
import { EventEmitter, on } from 'node:events';
import { Client } from 'pg';
import { ReadModelChange } from './changes';

/** Where gateways hear that the read models moved to another schema. */
export const SWITCH_CHANNEL = 'read_models_switch';

const logger = new Logger('ReadModelChanges');

/**
 * Hears the changes every gateway's projections announce (LISTEN on the read models' schema) and hands them to
 * this process's subscribers. A lost connection is reopened; what was announced meanwhile is not replayed, so
 * subscribers that must not miss anything query after they resubscribe.
 */
export class ReadModelChangeListener {
  private readonly changes = new EventEmitter().setMaxListeners(0);
  private client: Client | null = null;
  private stopped = false;
  private attempt = 0;

  constructor(
    private readonly url: string,
    private channel: string,
  ) {}

  async start(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'hyeopchi-gateway-changes' });
    client.on('notification', ({ channel, payload }) => {
      // a hint to look at the pointer again: anyone may NOTIFY, so its payload is not trusted
      if (channel === SWITCH_CHANNEL) return void this.changes.emit('switch');
      const change = changeFrom(payload);
      if (change) this.changes.emit('change', change);
      else logger.warn(`ignored a notification that is not a read model change: ${payload?.slice(0, 200)}`);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}; LISTEN ${SWITCH_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    // after a reconnection: a switch may have been announced while nobody listened
    if (this.attempt > 0) this.changes.emit('switch');
    this.changes.emit('missed');
    this.attempt = 0;
    if (this.stopped) await client.end().catch(() => undefined);
  }

  /**
   * The changes from now on that `select` turns into something (null skips one), until the consumer returns.
   * Returning ends a pending wait at once, so a subscriber that leaves leaves no listener behind.
   */
  listen<T>(select: (change: ReadModelChange) => Promise<T | null>): AsyncIterableIterator<T> {
    const changes = on(this.changes, 'change');
    return {
      async next(): Promise<IteratorResult<T>> {
        for (;;) {
          const heard = await changes.next();
          if (heard.done) return { done: true, value: undefined };
          let selected: T | null;
          try {
            selected = await select((heard.value as [ReadModelChange])[0]);
          } catch (error) {
            // the consumer may not call return() after a failed next(): stop listening for it now
            await changes.return?.();
            throw error;
          }
          if (selected !== null) return { done: false, value: selected };
        }
      },
      async return(): Promise<IteratorResult<T>> {
        await changes.return?.();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /**
   * Calls `heard` with every change from now on, until the returned function is called. For waits that check the
   * read models themselves too: what was announced before, or while the connection was lost, is not heard.
   */
  onChange(heard: (change: ReadModelChange) => void): () => void {
    const listener = (change: ReadModelChange) => heard(change);
    this.changes.on('change', listener);
    return () => void this.changes.off('change', listener);
  }

  /** Calls `lookAgain` when the read models may have been switched to another schema. */
  onSwitch(lookAgain: () => void): void {
    this.changes.on('switch', lookAgain);
  }

  /**
   * Calls `forget` whenever changes may have gone unheard: the connection was lost or is back, or the read models
   * moved to another schema. What was learnt from the read models before may be wrong since.
   */
  onMissed(forget: () => void): void {
    this.changes.on('missed', forget);
  }

  /** Whether changes are heard now: false while the connection is lost, and before `start`. */
  get listening(): boolean {
    return this.client !== null;
  }

  /** Listens to the changes of the read models in `schema` from now on, instead of the ones before. */
  async follow(schema: string): Promise<void> {
    const before = this.channel;
    this.channel = schema;
    this.changes.emit('missed');
    await this.client?.query(`LISTEN ${schema}; UNLISTEN ${before}`);
    this.changes.emit('missed');
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.end().catch(() => undefined);
  }

  private lost(client: Client, error: Error): void {
    if (this.stopped || client !== this.client) return;
    this.client = null;
    this.changes.emit('missed');
    client.end().catch(() => undefined);
    this.retry(error);
  }

  private retry(error: Error): void {
    const delay = backoffDelay(++this.attempt, { initialMs: 100, maxMs: 5_000 });
    logger.warn(
      `listening for read model changes failed (${error.message}); again in ${Math.round(delay)} ms`,
    );
    setTimeout(() => {
      if (!this.stopped) this.start().catch((failure: Error) => this.retry(failure));
    }, delay).unref();
  }
}

/** Anyone who can connect may NOTIFY on the channel: what arrives is checked, not trusted. */
function changeFrom(payload: string | undefined): ReadModelChange | null {
  try {
    const change = JSON.parse(payload ?? '') as Partial<Record<string, unknown>>;
    const strings = (...keys: string[]) => keys.every((key) => typeof change[key] === 'string');
    if (change.kind === 'proposal_status' && strings('proposalId', 'status'))
      return change as ReadModelChange;
    if (change.kind === 'decision_recorded' && strings('proposalId', 'sessionId', 'itemId')) {
      return change as ReadModelChange;
    }
    if (change.kind === 'session_changed' && strings('sessionId')) return change as ReadModelChange;
    if (
      change.kind === 'stream_projected' &&
      strings('context', 'streamId') &&
      Number.isSafeInteger(change.version)
    ) {
      return change as ReadModelChange;
    }
  } catch {
    // not JSON: not ours
  }
  return null;
}
