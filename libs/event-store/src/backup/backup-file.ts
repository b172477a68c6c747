import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable, pipeline } from 'node:stream';
import { pipeline as pipelineAsync } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { BackupError, BackupManifest, MAX_BACKUP_LINE_CHARS } from './backup-format';

/**
 * Writes `body` (whole lines), then the manifest that `manifestOf` makes with the SHA-256 of the body, gzip
 * compressed. The file appears under its name only once complete: a backup that fails leaves nothing that
 * could pass for one.
 */
export async function writeBackupFile(
  out: string,
  body: AsyncIterable<string>,
  manifestOf: (sha256: string) => BackupManifest,
): Promise<void> {
  const partial = `${out}.partial`;
  const digest = createHash('sha256');
  async function* content() {
    for await (const chunk of body) {
      digest.update(chunk);
      yield chunk;
    }
    yield `${JSON.stringify(manifestOf(digest.digest('hex')))}\n`;
  }
  try {
    await pipelineAsync(Readable.from(content()), createGzip(), createWriteStream(partial));
    await rename(partial, out);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** The lines of a backup file, one at a time, and the SHA-256 of those before the last one read. */
export class BackupFileReader {
  private readonly digest = createHash('sha256');
  private previous: string | undefined;
  private count = 0;

  constructor(private readonly path: string) {}

  /** How many lines were read so far: the number of the last one. */
  get lineNumber(): number {
    return this.count;
  }

  /** SHA-256 (hex) of every line before the last one read, newlines included. */
  digestBeforeLast(): string {
    return this.digest.copy().digest('hex');
  }

  async *lines(): AsyncGenerator<string> {
    const text = pipeline(createReadStream(this.path), createGunzip(), () => undefined);
    text.setEncoding('utf8');
    let rest = '';
    try {
      for await (const chunk of text as AsyncIterable<string>) {
        const parts = (rest + chunk).split('\n');
        rest = parts.pop()!;
        if (rest.length > MAX_BACKUP_LINE_CHARS) {
          throw new BackupError(
            'BACKUP_CORRUPT',
            `${this.path}: line ${this.count + 1} is longer than any backup writes (${MAX_BACKUP_LINE_CHARS} characters)`,
          );
        }
        for (const line of parts) yield this.read(line);
      }
    } catch (error) {
      throw readableFileError(this.path, error);
    }
    if (rest !== '') {
      throw new BackupError('BACKUP_TRUNCATED', `${this.path} ends in the middle of a line: it is truncated`);
    }
  }

  private read(line: string): string {
    if (this.previous !== undefined) this.digest.update(`${this.previous}\n`);
    this.previous = line;
    this.count++;
    return line;
  }
}

function readableFileError(path: string, error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'Z_BUF_ERROR') {
    return new BackupError(
      'BACKUP_TRUNCATED',
      `${path} ends before its compressed content does: it is truncated`,
    );
  }
  if (code === 'Z_DATA_ERROR' || code === 'Z_STREAM_ERROR') {
    return new BackupError(
      'BACKUP_CORRUPT',
      `${path} is not a gzip file, or its compressed content is damaged`,
    );
  }
  return error;
}
