import { describe, expect, it } from 'vitest';
import {
  NoteKey,
  bytesOfBase64,
  ed25519SpkiOfPem as spkiOfPem,
  hexOf,
  keyIdOf,
  readCheckpointNote,
  verifyNote as verifyNoteWith,
} from '@hyeopchi/audit/portable';
import { NODE_VECTORS, VECTOR_KEY } from './vectors';
import { webCrypto } from './web-crypto';

const { note } = NODE_VECTORS.checkpoint;
// another Ed25519 public key (RFC 8032 test 1), SPKI PEM
const OTHER_KEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=
-----END PUBLIC KEY-----`;

// an X25519 public key: as long as an Ed25519 one, of another algorithm
const X25519_KEY = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VuAyEA1ZondkCvFJwlunqBqB4HBSoL2HhwBhNvaQyOsd0PNzw=
-----END PUBLIC KEY-----`;

const verifyNote = (note: string, key: NoteKey) => verifyNoteWith(webCrypto, note, key);

describe('a signed checkpoint, checked in the browser with WebCrypto Ed25519', () => {
  it('reads only Ed25519 public keys', () => {
    expect(spkiOfPem(VECTOR_KEY.publicKeyPem)).toHaveLength(44);
    expect(spkiOfPem(X25519_KEY)).toBeUndefined();
    expect(spkiOfPem('not a key')).toBeUndefined();
  });

  it("verifies the Node implementation's note with its key, and reads what it states", async () => {
    const verdict = await verifyNote(note, VECTOR_KEY);
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.checkpoint).toMatchObject({
      origin: NODE_VECTORS.checkpoint.origin,
      treeSize: 7,
      time: '2026-11-28T00:13:00.000Z',
    });
    expect(hexOf(verdict.checkpoint.rootHash)).toBe(NODE_VECTORS.tree.roots[6]);
  });

  it('computes the key id the signature line starts with', async () => {
    const signature = bytesOfBase64(note.trimEnd().split(' ').at(-1)!)!;
    expect(await keyIdOf(webCrypto, VECTOR_KEY.name, spkiOfPem(VECTOR_KEY.publicKeyPem)!)).toEqual(
      signature.subarray(0, 4),
    );
  });

  it('fails when one byte of the body changes, naming the signature', async () => {
    const altered = note.replace('\n7\n', '\n8\n');
    expect(readCheckpointNote(altered)).toMatchObject({ treeSize: 8 });
    expect(await verifyNote(altered, VECTOR_KEY)).toEqual({ ok: false, failure: 'badSignature' });
    const signature = note.trimEnd().split(' ').at(-1)!;
    const flipped = `${signature.slice(0, 20)}${signature[20] === 'A' ? 'B' : 'A'}${signature.slice(21)}`;
    expect(await verifyNote(note.replace(signature, flipped), VECTOR_KEY)).toEqual({
      ok: false,
      failure: 'badSignature',
    });
  });

  it('finds no signature by another key or another name, and says when the note or key is unreadable', async () => {
    expect(await verifyNote(note, { ...VECTOR_KEY, publicKeyPem: OTHER_KEY })).toEqual({
      ok: false,
      failure: 'noSignatureByKey',
    });
    expect(await verifyNote(note, { ...VECTOR_KEY, name: 'someone-else' })).toEqual({
      ok: false,
      failure: 'noSignatureByKey',
    });
    expect(await verifyNote(note.replace('\n\n', '\n'), VECTOR_KEY)).toEqual({
      ok: false,
      failure: 'malformed',
    });
    expect(await verifyNote(`${note}not a signature line\n`, VECTOR_KEY)).toEqual({
      ok: false,
      failure: 'malformed',
    });
    expect(await verifyNote(note, { ...VECTOR_KEY, publicKeyPem: 'not a key' })).toEqual({
      ok: false,
      failure: 'badKey',
    });
  });
});
