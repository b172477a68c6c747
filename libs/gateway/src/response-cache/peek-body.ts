import type { IncomingMessage } from 'node:http';

/**
 * Reads a request's whole body of `length` bytes (its Content-Length) and puts it back at once, so that whoever
 * reads the request next (Express's body parser) reads it as if nobody had: `done` gets the bytes, or null when
 * the caller left before sending them all.
 *
 * Hazard: the bytes must go back before the stream would end, which is in the same tick as the last read;
 * `done` runs after they went back.
 */
export function peekBody(
  request: IncomingMessage,
  length: number,
  done: (body: Buffer | null) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  const finish = (body: Buffer | null) => {
    request.off('readable', read);
    request.off('close', left);
    if (body) request.unshift(body);
    done(body);
  };
  const read = () => {
    for (
      let chunk = request.read() as Buffer | null;
      chunk !== null;
      chunk = request.read() as Buffer | null
    ) {
      chunks.push(chunk);
      size += chunk.length;
    }
    if (size >= length) finish(Buffer.concat(chunks, size));
  };
  const left = () => finish(null);
  request.on('readable', read);
  request.once('close', left);
}
