import { EMPTY_TREE_ROOT, MerkleFrontier, MerkleLog, leafHash } from '@hyeopchi/audit';

describe('the Merkle frontier', () => {
  const leaves = Array.from({ length: 300 }, (_, i) => leafHash(Buffer.from(`event ${i}`)));
  const log = new MerkleLog(leaves);

  it('has the root of the whole tree after every append, from 0 to 300 leaves', () => {
    const frontier = MerkleFrontier.empty();
    expect(frontier.root()).toEqual(EMPTY_TREE_ROOT);
    const mismatches: number[] = [];
    for (const [index, leaf] of leaves.entries()) {
      frontier.append(leaf);
      if (!frontier.root().equals(log.root(index + 1))) mismatches.push(index + 1);
    }
    expect(mismatches).toEqual([]);
  });

  it('continues from a saved frontier as if it had never stopped', () => {
    const first = MerkleFrontier.empty();
    leaves.slice(0, 137).forEach((leaf) => first.append(leaf));
    const resumed = MerkleFrontier.from(JSON.parse(JSON.stringify(first)));
    leaves.slice(137).forEach((leaf) => resumed.append(leaf));
    expect(resumed.treeSize).toBe(300);
    expect(resumed.root()).toEqual(log.root(300));
  });

  it('refuses a saved frontier whose peaks do not fit its size', () => {
    expect(() => MerkleFrontier.from({ size: 5, peaks: ['00'] })).toThrow(/5 leaves has 2 peaks, not 1/);
  });
});
