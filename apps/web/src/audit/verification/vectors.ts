import vectors from './node-vectors.json';
import type { ChainedEvent, CityKey, ReceivedProof } from '@hyeopchi/audit/portable';

/** The Node implementation's vectors (apps/web/test/audit-vectors.ts made them), typed for the tests. */
export const NODE_VECTORS = vectors as typeof vectors & {
  events: (ChainedEvent & { contentJson: string; contentHash: string })[];
};

/** The vectors' key, as the gateway's checkpointKey gives one. */
export const VECTOR_KEY: CityKey = {
  name: NODE_VECTORS.checkpoint.keyName,
  publicKeyPem: NODE_VECTORS.checkpoint.publicKeyPem,
  originPrefix: 'hyeopchi.local',
};

/** The proof of the vectors' last event in the whole tree, with its signed checkpoint. */
export function proofOfLastEvent(): ReceivedProof {
  const { tree, checkpoint } = NODE_VECTORS;
  const index = tree.leafIndices.at(-1)!;
  const size = tree.roots.length;
  const { path } = tree.inclusion.find((proof) => proof.index === index && proof.size === size)!;
  return {
    service: 'committee',
    leafIndex: index,
    treeSize: size,
    auditPath: path,
    signedNote: checkpoint.note,
  };
}
