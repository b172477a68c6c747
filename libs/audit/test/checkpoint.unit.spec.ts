import {
  Checkpoint,
  generateSigningKeys,
  signCheckpoint,
  signingKeyFrom,
  verifierKeyFrom,
  verifyCheckpoint,
} from '@hyeopchi/audit';
import { createHash } from 'node:crypto';

const checkpoint: Checkpoint = {
  origin: 'hyeopchi.committee',
  treeSize: 300,
  rootHash: createHash('sha256').update('root').digest(),
  time: new Date('2026-11-27T09:00:00.000Z'),
};

describe('signed checkpoints (C2SP signed note, Ed25519)', () => {
  const keys = generateSigningKeys();
  const signer = signingKeyFrom('hyeopchi.committee', keys.privateKeyPem);
  const verifier = verifierKeyFrom('hyeopchi.committee', keys.publicKeyPem);

  it('verifies with the public key alone and gives the checkpoint back', () => {
    const note = signCheckpoint(checkpoint, signer);
    expect(note.split('\n').slice(0, 4)).toEqual([
      'hyeopchi.committee',
      '300',
      checkpoint.rootHash.toString('base64'),
      'time 2026-11-27T09:00:00.000Z',
    ]);
    expect(verifyCheckpoint(note, verifier)).toEqual({ ok: true, checkpoint });
  });

  it('refuses a checkpoint re-signed with another key, altered, or rolled to another size', () => {
    const other = generateSigningKeys();
    const forged = signCheckpoint(checkpoint, signingKeyFrom('hyeopchi.committee', other.privateKeyPem));
    expect(verifyCheckpoint(forged, verifier)).toEqual({
      ok: false,
      reason: 'no signature by hyeopchi.committee with this key',
    });
    const note = signCheckpoint(checkpoint, signer);
    expect(verifyCheckpoint(note.replace('\n300\n', '\n299\n'), verifier)).toEqual({
      ok: false,
      reason: 'the signature by hyeopchi.committee does not match the checkpoint',
    });
    expect(verifyCheckpoint(note.replace('\n\n', '\n'), verifier)).toMatchObject({ ok: false });
  });
});
