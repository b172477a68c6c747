import {
  Checkpoint,
  generateSigningKeys,
  keyIdOf,
  signCheckpoint,
  signerNameOf,
  signingKeyFrom,
  verifierKeyFrom,
  verifyCheckpoint,
} from '@hyeopchi/audit';
import { createHash, createPublicKey, sign } from 'node:crypto';

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

  /** A note over any body, correctly signed: what a signer that writes another format would publish. */
  const signedNote = (body: string) => {
    const keyId = keyIdOf(signer.name, createPublicKey(signer.privateKey));
    const signature = sign(null, Buffer.from(body), signer.privateKey);
    return `${body}\n\u2014 ${signer.name} ${Buffer.concat([keyId, signature]).toString('base64')}\n`;
  };

  it.each([
    ['a time without milliseconds', (body: string) => body.replace('09:00:00.000Z', '09:00:00Z')],
    ['a time with an offset', (body: string) => body.replace('09:00:00.000Z', '09:00:00.000+00:00')],
    ['no time line', (body: string) => body.replace(/time .*\n/, '')],
    ['another line after the time', (body: string) => `${body}note hello\n`],
    ['a tree size with a leading zero', (body: string) => body.replace('\n300\n', '\n0300\n')],
    [
      'a root in another base64 writing',
      (body: string) =>
        body.replace(checkpoint.rootHash.toString('base64'), checkpoint.rootHash.toString('base64url')),
    ],
  ])('refuses a correctly signed note with %s', (_, alter) => {
    const note = signedNote(alter(signCheckpoint(checkpoint, signer).split('\n\n')[0] + '\n'));
    expect(verifyCheckpoint(note, verifier)).toMatchObject({ ok: false });
  });

  it('reads the signer’s name from the signature line whose key id this key gives', () => {
    const note = signCheckpoint(checkpoint, signer);
    expect(signerNameOf(note, verifier.publicKey)).toBe('hyeopchi.committee');
    expect(signerNameOf(note, createPublicKey(generateSigningKeys().publicKeyPem))).toBeUndefined();
  });
});
