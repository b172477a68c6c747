import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Shorter than the configured minimum for JWT_SECRET, a secret is not one: someone truncated the file. */
const MIN_SECRET_LENGTH = 32;

/**
 * The HS256 secret of a development installation that configured none: made once, kept beside the embedded
 * data (readable by its owner only), so `npx hyeopchi token` and the running platform agree without setup.
 */
export async function developmentSecret(file: string): Promise<string> {
  const existing = await readSecret(file);
  if (existing !== null) return existing;
  await mkdir(dirname(file), { recursive: true });
  // written whole under another name, then linked into place: nobody ever reads a half-written secret
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(draft, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(draft, file);
  } catch (error) {
    // another process linked its secret first: theirs is the secret
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(draft);
  }
  return (await readSecret(file))!;
}

async function readSecret(file: string): Promise<string | null> {
  let secret: string;
  try {
    secret = (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`${file} holds no usable secret (fewer than ${MIN_SECRET_LENGTH} characters): delete it`);
  }
  return secret;
}
