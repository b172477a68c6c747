import { Socket } from 'node:net';

/** Bytes held for one direction before its source stops being read (the sender then feels TCP back-pressure). */
const HELD_BYTES_LIMIT = 1024 * 1024;

interface Held {
  chunk: Buffer | 'end';
  due: number;
}

/**
 * Forwards one direction of a connection, each chunk after the delay asked for when it arrived. A chunk never
 * overtakes the one before it, whatever the jitter. Frozen, it stops reading its source and holds what it has.
 */
export class DelayedPipe {
  private readonly held: Held[] = [];
  private heldBytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private awaitingDrain = false;
  private frozen = false;

  constructor(
    private readonly from: Socket,
    private readonly to: Socket,
    private readonly delayMs: () => number,
    private readonly forwarded: (bytes: number) => void,
  ) {
    from.on('data', (chunk: Buffer) => this.hold(chunk));
    from.on('end', () => this.hold('end'));
  }

  freeze(): void {
    this.frozen = true;
    this.from.pause();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  thaw(): void {
    this.frozen = false;
    this.pump();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.held.length = 0;
  }

  private hold(chunk: Buffer | 'end'): void {
    const previousDue = this.held.at(-1)?.due ?? 0;
    this.held.push({ chunk, due: Math.max(previousDue, performance.now() + this.delayMs()) });
    if (chunk !== 'end') {
      this.heldBytes += chunk.length;
      if (this.heldBytes > HELD_BYTES_LIMIT) this.from.pause();
    }
    this.pump();
  }

  private pump(): void {
    if (this.frozen || this.timer || this.awaitingDrain) return;
    while (this.held.length > 0) {
      const next = this.held[0];
      const wait = next.due - performance.now();
      if (wait > 0) {
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.pump();
        }, wait);
        return;
      }
      this.held.shift();
      if (next.chunk === 'end') {
        this.to.end();
        continue;
      }
      this.heldBytes -= next.chunk.length;
      this.forwarded(next.chunk.length);
      if (!this.to.write(next.chunk)) {
        this.awaitingDrain = true;
        this.to.once('drain', () => {
          this.awaitingDrain = false;
          this.pump();
        });
        return;
      }
    }
    if (this.heldBytes <= HELD_BYTES_LIMIT) this.from.resume();
  }
}
