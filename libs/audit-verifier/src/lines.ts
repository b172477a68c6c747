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

/** Longer than any event can be (1 MiB of data and metadata, with its placement): not a line of an export. */
export const MAX_LINE_BYTES = 4 * 1024 * 1024;

export class LineTooLong extends Error {}

/**
 * A file in chunks of whole lines (the last may lack its newline); nothing when the file does not exist. A line
 * longer than MAX_LINE_BYTES stops the reading (LineTooLong) instead of filling the memory.
 */
export async function* wholeLineChunks(input: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of input) {
      const buffer = rest.length === 0 ? chunk : Buffer.concat([rest, chunk]);
      const end = buffer.lastIndexOf(NEWLINE) + 1;
      if (end > 0) yield buffer.subarray(0, end);
      rest = buffer.subarray(end);
      if (rest.length > MAX_LINE_BYTES)
        throw new LineTooLong(`a line is longer than ${MAX_LINE_BYTES} bytes`);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (rest.length > 0) yield rest;
}
