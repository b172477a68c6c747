import { StoredCheckpoint } from '@hyeopchi/event-store';
import { SignedCheckpoint } from './audit.types';

/**
 * A stored checkpoint's fields, read from its signed note's body (origin, size, base64 root, `time …`) without
 * checking the signature: the auditor checks it with the public key, which the gateway need not hold.
 */
export function signedCheckpointOf({ treeSize, signedNote }: StoredCheckpoint): SignedCheckpoint {
  const [origin, , root, time] = signedNote.split('\n');
  return {
    origin,
    treeSize,
    rootHash: Buffer.from(root, 'base64').toString('hex'),
    time: new Date(time.slice('time '.length)),
    signedNote,
  };
}
