import { leafHash, verifyLineHash } from '@hyeopchi/audit';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { forEachLine } from './lines';

/** For each line of a chunk: its verdict, and its Merkle leaf hash (32 bytes each, zeros where none). */
export interface LineHashes {
  verdicts: Uint8Array;
  leaves: Uint8Array;
}

/** The hashing of chunks of whole lines, in this thread or in workers. */
export interface LineHasher {
  hash(chunk: Buffer): Promise<LineHashes>;
  close(): Promise<void>;
}

export function hashLines(chunk: Buffer): LineHashes {
  const hashes: (string | undefined)[] = [];
  const verdicts: number[] = [];
  forEachLine(chunk, (text) => {
    const { verdict, hash } = verifyLineHash(text);
    verdicts.push(verdict);
    hashes.push(hash);
  });
  // its own memory, never a pooled slab: it is transferred to the main thread whole
  const leaves = new Uint8Array(hashes.length * 32);
  hashes.forEach((hash, index) => hash && leaves.set(leafHash(Buffer.from(hash, 'hex')), index * 32));
  return { verdicts: Uint8Array.from(verdicts), leaves };
}

export function inlineLineHasher(): LineHasher {
  return { hash: async (chunk) => hashLines(chunk), close: async () => undefined };
}

/** Chunks go to `count` workers in turn (line-hash.worker.ts), which answer with `hashLines`. */
export function workerLineHasher(count: number): LineHasher {
  const pending = new Map<
    number,
    { resolve: (hashes: LineHashes) => void; reject: (error: Error) => void }
  >();
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(join(__dirname, 'line-hash.worker.js'));
    worker.on('message', ({ id, hashes }: { id: number; hashes: LineHashes }) => {
      pending.get(id)?.resolve(hashes);
      pending.delete(id);
    });
    const failAll = (error: Error) => {
      pending.forEach(({ reject }) => reject(error));
      pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => code !== 0 && failAll(new Error(`a hashing worker stopped (exit ${code})`)));
    return worker;
  });
  let next = 0;
  return {
    hash(chunk) {
      const id = next++;
      // a copy the worker owns: the chunk stays readable here
      const copy = new Uint8Array(chunk);
      return new Promise<LineHashes>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        workers[id % count].postMessage({ id, chunk: copy }, [copy.buffer]);
      });
    },
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
