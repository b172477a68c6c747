import { keyIdOf, publicKeyFileOf } from '@hyeopchi/audit';
import { HyeopchiConfig } from '@hyeopchi/config';
import { createPublicKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { CheckpointKey } from './audit.types';

/**
 * The public half of the checkpoint signing key, read from beside the private one on each request: the
 * checkpointer may make the pair after the gateway started. Undefined when this process has no such file (a
 * gateway on a machine of its own).
 */
export async function checkpointKeyOf(config: HyeopchiConfig): Promise<CheckpointKey | undefined> {
  let publicKeyPem: string;
  try {
    publicKeyPem = await readFile(publicKeyFileOf(config.AUDIT_SIGNING_KEY_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const name = config.AUDIT_KEY_NAME;
  return {
    name,
    keyId: keyIdOf(name, createPublicKey(publicKeyPem)).toString('hex'),
    publicKeyPem,
    originPrefix: config.AUDIT_ORIGIN,
  };
}
