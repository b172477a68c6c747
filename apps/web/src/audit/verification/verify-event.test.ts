import { describe, expect, it } from 'vitest';
import {
  CityKey,
  ChainedEvent,
  ReceivedProof,
  verifyEvent as verifyEventWith,
} from '@hyeopchi/audit/portable';
import { NODE_VECTORS, VECTOR_KEY, proofOfLastEvent } from './vectors';
import { webCrypto } from './web-crypto';

const verifyEvent = (stream: readonly ChainedEvent[], eventId: string, proof: ReceivedProof, key: CityKey) =>
  verifyEventWith(webCrypto, stream, eventId, proof, key);

const stream = NODE_VECTORS.events;
const decision = stream[2];

describe('verifying an event in the browser: chain, inclusion, signature', () => {
  it("passes every check for the Node implementation's stream, proof and checkpoint", async () => {
    const verification = await verifyEvent(stream, decision.eventId, proofOfLastEvent(), VECTOR_KEY);
    expect(verification).toEqual({
      chain: { passed: true },
      inclusion: { passed: true },
      signature: { passed: true },
      computed: {
        eventHash: decision.hash,
        leafHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        root: NODE_VECTORS.tree.roots[6],
        signedRoot: NODE_VECTORS.tree.roots[6],
      },
    });
  });

  it('names the chain, and the version, when one character of an earlier event was altered', async () => {
    const altered = stream.map((event, index) =>
      index === 1 ? { ...event, data: { ...event.data, vote: 'fop' } } : event,
    );
    const verification = await verifyEvent(altered, decision.eventId, proofOfLastEvent(), VECTOR_KEY);
    expect(verification.chain).toEqual({ passed: false, failure: 'hashMismatch', streamVersion: 2 });
    expect(verification.signature).toEqual({ passed: true });
  });

  it('names the chain when a link, a version or the event itself is missing', async () => {
    const proof = proofOfLastEvent();
    const relinked = stream.map((event, index) =>
      index === 2 ? { ...event, previousHash: stream[0].hash } : event,
    );
    expect((await verifyEvent(relinked, decision.eventId, proof, VECTOR_KEY)).chain).toEqual({
      passed: false,
      failure: 'brokenLink',
      streamVersion: 3,
    });
    expect((await verifyEvent([stream[0], stream[2]], decision.eventId, proof, VECTOR_KEY)).chain).toEqual({
      passed: false,
      failure: 'versionGap',
      streamVersion: 3,
    });
    expect((await verifyEvent(stream.slice(0, 2), decision.eventId, proof, VECTOR_KEY)).chain).toMatchObject({
      passed: false,
      failure: 'eventMissing',
    });
  });

  it('names the inclusion proof when the event, its path or its place does not lead to the signed root', async () => {
    const proof = proofOfLastEvent();
    const forged = stream.map((event, index) =>
      index === 2 ? { ...event, data: { ...event.data, outcome: 'reject' }, hash: 'f'.repeat(64) } : event,
    );
    const inclusionOf = async (...args: Parameters<typeof verifyEvent>) =>
      (await verifyEvent(...args)).inclusion;
    expect(await inclusionOf(forged, decision.eventId, proof, VECTOR_KEY)).toMatchObject({ passed: false });
    const path = [...proof.auditPath];
    path[0] = `${path[0].slice(0, 63)}${path[0].endsWith('0') ? '1' : '0'}`;
    expect(await inclusionOf(stream, decision.eventId, { ...proof, auditPath: path }, VECTOR_KEY)).toEqual({
      passed: false,
      failure: 'rootMismatch',
    });
    expect(await inclusionOf(stream, decision.eventId, { ...proof, leafIndex: 9 }, VECTOR_KEY)).toEqual({
      passed: false,
      failure: 'pathDoesNotFit',
    });
    expect(await inclusionOf(stream, decision.eventId, { ...proof, treeSize: 6 }, VECTOR_KEY)).toEqual({
      passed: false,
      failure: 'sizeMismatch',
    });
    expect(await inclusionOf(stream, decision.eventId, { ...proof, signedNote: null }, VECTOR_KEY)).toEqual({
      passed: false,
      failure: 'noCheckpoint',
    });
  });

  it("names the signature when the note was altered or is another log's", async () => {
    const proof = proofOfLastEvent();
    const signatureOf = async (...args: Parameters<typeof verifyEvent>) =>
      (await verifyEvent(...args)).signature;
    const altered = { ...proof, signedNote: proof.signedNote!.replace('time 2026', 'time 2027') };
    expect(await signatureOf(stream, decision.eventId, altered, VECTOR_KEY)).toEqual({
      passed: false,
      failure: 'badSignature',
    });
    expect(await signatureOf(stream, decision.eventId, { ...proof, service: 'civic' }, VECTOR_KEY)).toEqual({
      passed: false,
      failure: 'wrongOrigin',
    });
  });
});
