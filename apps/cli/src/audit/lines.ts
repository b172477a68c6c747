const NEWLINE = 0x0a;

/** Calls `each` with every line of a chunk that holds whole lines. */
export function forEachLine(chunk: Buffer, each: (text: string) => void): void {
  let start = 0;
  for (let end = chunk.indexOf(NEWLINE); end >= 0; end = chunk.indexOf(NEWLINE, start)) {
    each(chunk.toString('utf8', start, end));
    start = end + 1;
  }
  if (start < chunk.length) each(chunk.toString('utf8', start));
}

/** A file in chunks of whole lines (the last may lack its newline); nothing when the file does not exist. */
export async function* wholeLineChunks(
  input: AsyncIterable<Buffer> & { once(event: 'error', listener: (error: Error) => void): unknown },
): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of input) {
      const buffer = rest.length === 0 ? chunk : Buffer.concat([rest, chunk]);
      const end = buffer.lastIndexOf(NEWLINE) + 1;
      if (end > 0) yield buffer.subarray(0, end);
      rest = buffer.subarray(end);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (rest.length > 0) yield rest;
}
