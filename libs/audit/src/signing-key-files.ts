import { createPublicKey, randomBytes } from 'node:crypto';
import { access, link, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SigningKey, generateSigningKeys, signingKeyFrom } from './checkpoint';

/** The public half lives beside the private key: `checkpoint-signing.key` → `checkpoint-signing.pub`. */
export const publicKeyFileOf = (privateKeyFile: string) => `${privateKeyFile.replace(/\.key$/, '')}.pub`;

const draftOf = (file: string) => `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;

/**
 * Writes a new key pair: the private key readable by its owner only, written whole under another name and then
 * linked into place, never over an existing one (the auditors of the checkpoints it signed hold its public
 * half): `EEXIST` when one is there. Returns the public key's file.
 */
export async function writeSigningKeys(privateKeyFile: string): Promise<string> {
  const { privateKeyPem } = generateSigningKeys();
  await mkdir(dirname(privateKeyFile), { recursive: true });
  const draft = draftOf(privateKeyFile);
  await writeFile(draft, privateKeyPem, { mode: 0o600, flag: 'wx' });
  try {
    await link(draft, privateKeyFile);
  } finally {
    await unlink(draft);
  }
  return writePublicKeyOf(privateKeyFile);
}

/** The public half of the key in `privateKeyFile`, derived from it and written whole beside it. */
export async function writePublicKeyOf(privateKeyFile: string): Promise<string> {
  const publicKeyPem = createPublicKey(await readFile(privateKeyFile, 'utf8'))
    .export({ type: 'spki', format: 'pem' })
    .toString();
  const file = publicKeyFileOf(privateKeyFile);
  const draft = draftOf(file);
  await writeFile(draft, publicKeyPem);
  await rename(draft, file);
  return file;
}

/** The signing key in `privateKeyFile`, or undefined when there is no such file. */
export async function readSigningKey(privateKeyFile: string, name: string): Promise<SigningKey | undefined> {
  let pem: string;
  try {
    pem = await readFile(privateKeyFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return signingKeyFrom(name, pem);
  } catch {
    throw new Error(`${privateKeyFile} holds no usable Ed25519 private key (PKCS#8 PEM)`);
  }
}

/** Whether the public half is beside the key (a start interrupted between the two writes leaves it out). */
export async function hasPublicKeyFile(privateKeyFile: string): Promise<boolean> {
  return access(publicKeyFileOf(privateKeyFile)).then(
    () => true,
    () => false,
  );
}
