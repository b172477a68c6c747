import { parentPort } from 'node:worker_threads';
import { hashLines } from './line-hashers';

/** Hashes chunks of an events file off the verifier's main thread. */
parentPort!.on('message', ({ id, chunk }: { id: number; chunk: Uint8Array }) => {
  const hashes = hashLines(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  parentPort!.postMessage({ id, hashes }, [
    hashes.verdicts.buffer as ArrayBuffer,
    hashes.leaves.buffer as ArrayBuffer,
  ]);
});
