import { Client } from 'pg';

/** What only one replica at a time should run. */
export interface LeaderWork {
  start(): void;
  stop(): Promise<void>;
}

export interface LeadershipOptions {
  url: string;
  /** Names the lock: replicas asking for the same name take turns. */
  name: string;
  applicationName: string;
  work: LeaderWork;
  /** How often a replica that does not lead asks again, and a leader checks it still holds its connection. */
  retryMs?: number;
  onError?(error: unknown): void;
}

/**
 * Runs `work` while this process holds a PostgreSQL session-level advisory lock, on a connection of its own. The
 * lock goes with the connection: a replica killed outright hands over as soon as PostgreSQL sees its socket close,
 * and a leader that loses its connection stops its work before it asks again. The hand-over is not instant, so
 * the work must stay safe to run twice for a moment (a relay's copies are absorbed by the consumers' inboxes);
 * leading is about not doing all of it twice all the time.
 */
export class Leadership {
  private client: Client | undefined;
  private leading = false;
  private running = true;
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> = Promise.resolve();

  private constructor(private readonly options: LeadershipOptions) {}

  static start(options: LeadershipOptions): Leadership {
    const leadership = new Leadership(options);
    leadership.schedule(0);
    return leadership;
  }

  get isLeading(): boolean {
    return this.leading;
  }

  /** Until stopped: leading, or asking again in turn. */
  get isActive(): boolean {
    return this.running;
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.round;
    await this.resign();
  }

  private schedule(delayMs: number): void {
    if (!this.running) return;
    this.timer = setTimeout(() => {
      this.round = this.tryToLead().finally(() => this.schedule(this.options.retryMs ?? 1_000));
    }, delayMs);
    this.timer.unref();
  }

  private async tryToLead(): Promise<void> {
    try {
      const client = this.client ?? (await this.connect());
      if (this.leading) {
        await client.query('SELECT 1');
        return;
      }
      const { rows } = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
        [`hyeopchi.leader.${this.options.name}`],
      );
      if (rows[0].locked && this.running) {
        this.leading = true;
        this.options.work.start();
      }
    } catch (error) {
      this.options.onError?.(error);
      await this.resign();
    }
  }

  private async connect(): Promise<Client> {
    const client = new Client({
      connectionString: this.options.url,
      application_name: `${this.options.applicationName}-leader`,
      keepAlive: true,
    });
    // a lost connection is a lost lock: stop leading at once, ask again on the next round
    client.on('error', (error) => {
      this.options.onError?.(error);
      void this.resign();
    });
    this.client = client;
    await client.connect();
    return client;
  }

  /** Stops the work first, then lets the lock go with the connection. */
  private async resign(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (this.leading) {
      this.leading = false;
      await this.options.work.stop();
    }
    await client?.end().catch(() => undefined);
  }
}
