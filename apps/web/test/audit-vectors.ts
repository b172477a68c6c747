import {
  AuditRecord,
  MerkleLog,
  SigningKey,
  canonicalJson,
  contentHashOf,
  contentOf,
  eventContentJson,
  expectedEventHashHex,
  leafHash,
  signCheckpoint,
} from '@hyeopchi/audit';
import { createHash } from 'node:crypto';

/**
 * What the platform's Node implementation (libs/audit) computes, for the browser's verifier to agree with byte
 * for byte (apps/web/src/audit/verification/node-vectors.json): canonical JSON, event hashes along a chain,
 * RFC 9162 proofs, and a signed checkpoint of the tree that holds the events.
 */
export interface AuditVectors {
  canonicalJson: { value: unknown; json: string }[];
  events: (AuditRecord & { previousHash: string | null; contentJson: string; contentHash: string })[];
  tree: {
    /** Each leaf's event hash: the events' at their leaf indices, other events' elsewhere. */
    eventHashes: string[];
    leafIndices: number[];
    roots: string[];
    inclusion: { index: number; size: number; path: string[] }[];
  };
}

export interface CheckpointVector {
  keyName: string;
  publicKeyPem: string;
  origin: string;
  note: string;
}

const CANONICAL_CASES: unknown[] = [
  { b: 1, a: [true, false, null], '': 'empty name' },
  { numbers: [0, 1e21, 1e-7, 0.1, -5.5, 2 ** 53 + 2, 2 ** 70, Number.MIN_VALUE] },
  // names in UTF-16 code unit order: "\uff61" sorts after "\ud83d\ude00" (U+1F600), though before it by code point
  {
    '\uff61': 'halfwidth stop',
    '\ud83d\ude00': 'smile',
    '\u20ac': 'euro',
    é: 'e-acute',
    '\r': 'cr',
    '1': 'one',
  },
  { text: 'quote " backslash \\ tab \t newline \n control \u001f nul \u0000 del \u007f' },
  { korean: '주민이 이미 정화 활동을 조직하고 있습니다', lone: '\ud800', pair: '\ud83d\ude00' },
  [[], {}, [{}], 'a/b', '<\u2028\u2029>'],
];

/** A stream of three events, with the data a verifier is most likely to write differently. */
const STREAM: Omit<AuditRecord, 'hash'>[] = [
  {
    streamId: 'session-session-2026-1',
    streamVersion: 1,
    globalPosition: 2,
    eventId: '0b5c3f4e-6a8d-4c1e-9f2a-1d3e5f7a9b01',
    type: 'session.scheduled.v1',
    schemaVersion: 1,
    data: { sessionId: 'session-2026-1', scheduledFor: '2026-06-01T10:00:00.000Z' },
    metadata: { actor: 'member-han', role: 'committee_chair', correlationId: 'c-1', causationId: 'cmd-1' },
    recordedAt: '2026-11-28T00:12:32.921951Z',
  },
  {
    streamId: 'session-session-2026-1',
    streamVersion: 2,
    globalPosition: 4,
    eventId: '0b5c3f4e-6a8d-4c1e-9f2a-1d3e5f7a9b02',
    type: 'session.vote_cast.v1',
    schemaVersion: 1,
    data: { memberId: 'member-yoon', vote: 'for', weight: 1, note: 'Résumé: "예" \u2014 ok\n' },
    metadata: { actor: 'member-yoon', role: 'committee_member', correlationId: 'c-1', causationId: 'cmd-2' },
    recordedAt: '2026-11-28T00:12:33.025381Z',
  },
  {
    streamId: 'session-session-2026-1',
    streamVersion: 3,
    globalPosition: 5,
    eventId: '0b5c3f4e-6a8d-4c1e-9f2a-1d3e5f7a9b03',
    type: 'session.decision_recorded.v1',
    schemaVersion: 2,
    data: {
      decisionId: 'decision-river-cleanup',
      outcome: 'adopt',
      tally: { for: 3, against: 0, abstain: 1 },
      amendments: null,
      rationale: 'Residents already organise it; a budget line makes it last.',
    },
    metadata: { actor: 'member-han', role: 'committee_chair', correlationId: 'c-1', causationId: 'cmd-3' },
    recordedAt: '2026-11-28T00:12:33.100000Z',
  },
];

/** The leaves of a log of seven: the stream's events at 1, 3 and 4, other services' events around them. */
const LEAF_INDICES = [1, 3, 4];
const TREE_SIZE = 7;

const otherEventHash = (index: number) => createHash('sha256').update(`another event ${index}`).digest('hex');

export function auditVectors(): AuditVectors {
  const events: AuditVectors['events'] = [];
  for (const record of STREAM) {
    const previousHash = events.at(-1)?.hash ?? null;
    const content = contentOf(record);
    events.push({
      ...record,
      previousHash,
      hash: expectedEventHashHex(record, previousHash),
      contentJson: eventContentJson(content),
      contentHash: contentHashOf(content),
    });
  }
  const eventHashes = Array.from({ length: TREE_SIZE }, (_, index) => {
    const at = LEAF_INDICES.indexOf(index);
    return at >= 0 ? events[at].hash : otherEventHash(index);
  });
  const tree = new MerkleLog(eventHashes.map((hash) => leafHash(Buffer.from(hash, 'hex'))));
  const sizes = Array.from({ length: TREE_SIZE }, (_, index) => index + 1);
  return {
    canonicalJson: CANONICAL_CASES.map((value) => ({ value, json: canonicalJson(value) })),
    events,
    tree: {
      eventHashes,
      leafIndices: LEAF_INDICES,
      roots: sizes.map((size) => tree.root(size).toString('hex')),
      inclusion: sizes.flatMap((size) =>
        Array.from({ length: size }, (_, index) => ({
          index,
          size,
          path: tree.inclusionProof(index, size).map((hash) => hash.toString('hex')),
        })),
      ),
    },
  };
}

/** The checkpoint of the whole tree, signed as the platform signs one. */
export function checkpointVector(vectors: AuditVectors, key: SigningKey, publicKeyPem: string) {
  const origin = 'hyeopchi.local/committee';
  const note = signCheckpoint(
    {
      origin,
      treeSize: TREE_SIZE,
      rootHash: Buffer.from(vectors.tree.roots[TREE_SIZE - 1], 'hex'),
      time: new Date('2026-11-28T00:13:00.000Z'),
    },
    key,
  );
  return { keyName: key.name, publicKeyPem, origin, note } satisfies CheckpointVector;
}
