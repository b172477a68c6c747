import { ReadModelChangeListener } from '@hyeopchi/gateway-kit';

/** A stored answer: its JSON text, the headers it was sent with and what the rate limit charges for it. */
export interface StoredAnswer {
  body: string;
  /** Names and values in turn, as `writeHead` takes them: `['content-type', 'application/json', …]`. */
  headers: readonly string[];
  cost: number;
}

/** Bytes of answers kept at most, with their keys: the least recently used go first. */
export const MAX_STORED_BYTES = 64 * 1024 * 1024;
/** A larger answer is not kept: it would push out many smaller ones. */
export const MAX_ANSWER_BYTES = 256 * 1024;

/**
 * Answers to queries that read the read models only, kept until any projection announces a change (all are
 * forgotten then: a change says which stream moved, not which answers read it). While changes may go unheard (the
 * listener's connection is lost, the read models move to another schema) nothing is kept or served.
 *
 * An answer computed while a change was announced may be older than the change: `generation` lets its request
 * store it only when nothing was announced since the request started.
 */
export class ResponseCache {
  private readonly answers = new Map<string, StoredAnswer>();
  private storedBytes = 0;
  private changes = 0;

  constructor(
    private readonly listener: Pick<ReadModelChangeListener, 'onChange' | 'onMissed' | 'listening'>,
  ) {
    listener.onChange(() => this.forget());
    listener.onMissed(() => this.forget());
  }

  /** Taken when a request starts; `store` keeps its answer only if it is still the same then. */
  get generation(): number {
    return this.changes;
  }

  get(key: string): StoredAnswer | undefined {
    if (!this.listener.listening) return undefined;
    const answer = this.answers.get(key);
    if (answer) {
      // most recently used last: the first entry goes first when full
      this.answers.delete(key);
      this.answers.set(key, answer);
    }
    return answer;
  }

  store(key: string, answer: StoredAnswer, generation: number): void {
    if (generation !== this.changes || !this.listener.listening) return;
    if (Buffer.byteLength(answer.body) > MAX_ANSWER_BYTES) return;
    this.remove(key);
    this.answers.set(key, answer);
    this.storedBytes += sizeOf(key, answer);
    for (const [oldest] of this.answers) {
      if (this.storedBytes <= MAX_STORED_BYTES) break;
      this.remove(oldest);
    }
  }

  /** Forgets every answer: the read models changed, or may have. */
  forget(): void {
    this.changes++;
    this.answers.clear();
    this.storedBytes = 0;
  }

  private remove(key: string): void {
    const answer = this.answers.get(key);
    if (!answer) return;
    this.answers.delete(key);
    this.storedBytes -= sizeOf(key, answer);
  }
}

/** A key holds a request's body: it counts as much as the answer. */
function sizeOf(key: string, answer: StoredAnswer): number {
  return Buffer.byteLength(key) + Buffer.byteLength(answer.body);
}
