import {
  generateSigningKeys,
  nodeAuditCrypto,
  signingKeyFrom,
  verifierKeyFrom,
  verifyCheckpoint,
} from '@hyeopchi/audit';
import { ReceivedProof, verifyEvent } from '@hyeopchi/audit/portable';
import { projectPath } from '@hyeopchi/testing';
import { readFileSync, writeFileSync } from 'node:fs';
import { AuditVectors, CheckpointVector, auditVectors, checkpointVector } from './audit-vectors';

const FILE = projectPath('apps/web/src/audit/verification/node-vectors.json');

/**
 * The browser's verifier is tested (Vitest) against vectors the Node implementation made; this keeps them true to
 * it. After a deliberate change of a format, `WRITE_AUDIT_VECTORS=1 npx jest apps/web/test/audit-vectors` writes
 * them again, with a new key.
 */
describe("the audit vectors the browser's verifier is tested against", () => {
  if (process.env.WRITE_AUDIT_VECTORS === '1') {
    const vectors = auditVectors();
    const { privateKeyPem, publicKeyPem } = generateSigningKeys();
    const checkpoint = checkpointVector(vectors, signingKeyFrom('hyeopchi', privateKeyPem), publicKeyPem);
    writeFileSync(FILE, `${JSON.stringify({ ...vectors, checkpoint }, null, 2)}\n`);
  }
  const stored = JSON.parse(readFileSync(FILE, 'utf8')) as AuditVectors & { checkpoint: CheckpointVector };

  it('are what libs/audit computes: canonical JSON, event hashes along the chain, roots and proofs', () => {
    const { checkpoint: _checkpoint, ...computed } = stored;
    expect(computed).toEqual(auditVectors());
  });

  it("hold a checkpoint of the vectors' tree that libs/audit verifies with the public key given", () => {
    const { keyName, publicKeyPem, origin, note } = stored.checkpoint;
    const verdict = verifyCheckpoint(note, verifierKeyFrom(keyName, publicKeyPem));
    if (!verdict.ok) throw new Error(verdict.reason);
    expect(verdict.checkpoint.origin).toBe(origin);
    expect(verdict.checkpoint.rootHash.toString('hex')).toBe(stored.tree.roots.at(-1));
    expect(verdict.checkpoint.treeSize).toBe(stored.tree.roots.length);
  });

  it("give the shared verification of an event, run with Node's crypto, the verdicts WebCrypto gives", async () => {
    const { events, tree, checkpoint } = stored;
    const last = events.at(-1)!;
    const [leafIndex, treeSize] = [tree.leafIndices.at(-1)!, tree.roots.length];
    const proof: ReceivedProof = {
      service: 'committee',
      leafIndex,
      treeSize,
      auditPath: tree.inclusion.find(({ index, size }) => index === leafIndex && size === treeSize)!.path,
      signedNote: checkpoint.note,
    };
    const key = {
      name: checkpoint.keyName,
      publicKeyPem: checkpoint.publicKeyPem,
      originPrefix: 'hyeopchi.local',
    };
    expect(await verifyEvent(nodeAuditCrypto, events, last.eventId, proof, key)).toMatchObject({
      chain: { passed: true },
      inclusion: { passed: true },
      signature: { passed: true },
      computed: { eventHash: last.hash, root: tree.roots.at(-1), signedRoot: tree.roots.at(-1) },
    });
    const altered = { ...proof, signedNote: checkpoint.note.replace('time 2026', 'time 2027') };
    expect((await verifyEvent(nodeAuditCrypto, events, last.eventId, altered, key)).signature).toEqual({
      passed: false,
      failure: 'badSignature',
    });
  });
});
