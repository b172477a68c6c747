import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SigningKey, generateSigningKeys, signingKeyFrom } from './checkpoint';

/** The public half lives beside the private key: `checkpoint-signing.key` → `checkpoint-signing.pub`. */
export const publicKeyFileOf = (privateKeyFile: string) => `${privateKeyFile.replace(/\.key$/, '')}.pub`;

/**
 * Writes a new key pair: the private key readable by its owner only, and never over an existing one (the
 * auditors of the checkpoints it signed hold its public half). Throws `EEXIST` when one is there.
 */
export async function writeSigningKeys(privateKeyFile: string): Promise<string> {
  const { privateKeyPem, publicKeyPem } = generateSigningKeys();
  await mkdir(dirname(privateKeyFile), { recursive: true });
  await writeFile(privateKeyFile, privateKeyPem, { mode: 0o600, flag: 'wx' });
  const publicKeyFile = publicKeyFileOf(privateKeyFile);
  await writeFile(publicKeyFile, publicKeyPem);
  return publicKeyFile;
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
