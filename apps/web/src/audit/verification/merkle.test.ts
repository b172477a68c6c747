import { describe, expect, it } from 'vitest';
import { Bytes, bytesOfHex, hexOf, inclusionRootOf, leafHashOf } from '@hyeopchi/audit/portable';
import { NODE_VECTORS } from './vectors';
import { webCrypto } from './web-crypto';

const { tree } = NODE_VECTORS;
const leafAt = (index: number) => leafHashOf(webCrypto, bytesOfHex(tree.eventHashes[index])!);
const rootFromInclusionProof = (index: number, size: number, leaf: Bytes, path: readonly Bytes[]) =>
  inclusionRootOf(webCrypto, index, size, leaf, path);
const pathOf = (path: string[]) => path.map((hash) => bytesOfHex(hash)!);

describe('RFC 9162 inclusion proofs, recomputed in the browser', () => {
  it("lead every leaf of every size of the Node implementation's tree to that size's root", async () => {
    expect(tree.inclusion).toHaveLength(28);
    for (const { index, size, path } of tree.inclusion) {
      const root = await rootFromInclusionProof(index, size, await leafAt(index), pathOf(path));
      expect({ index, size, root: root && hexOf(root) }).toEqual({ index, size, root: tree.roots[size - 1] });
    }
  });

  it('lead elsewhere, or nowhere, when a hash, the index or the path is wrong', async () => {
    const { index, size, path } = tree.inclusion.find((proof) => proof.size === 7 && proof.index === 4)!;
    const leaf = await leafAt(index);
    const root = tree.roots[6];
    const rootOf = async (...args: Parameters<typeof rootFromInclusionProof>) => {
      const computed = await rootFromInclusionProof(...args);
      return computed && hexOf(computed);
    };
    for (let at = 0; at < path.length; at++) {
      const altered = pathOf(path);
      altered[at][31] ^= 0x01;
      expect(await rootOf(index, size, leaf, altered)).not.toBe(root);
    }
    expect(await rootOf(index, size, await leafAt(3), pathOf(path))).not.toBe(root);
    expect(await rootOf(index + 1, size, leaf, pathOf(path))).not.toBe(root);
    expect(await rootOf(index, size, leaf, [...pathOf(path), leaf])).toBeUndefined();
    expect(await rootOf(index, size, leaf, pathOf(path).slice(1))).toBeUndefined();
    expect(await rootOf(size, size, leaf, pathOf(path))).toBeUndefined();
  });
});
