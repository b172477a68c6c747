import { EMPTY_TREE_ROOT, MerkleLog, leafHash, verifyConsistency, verifyInclusion } from '@hyeopchi/audit';

/** The RFC 6962 test vectors' leaves and roots (the Certificate Transparency reference implementation's tests). */
const VECTOR_LEAVES = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
];
const VECTOR_ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

/** One altered byte: the first byte of the element at `at`, flipped. */
function altered(proof: Buffer[], at: number): Buffer[] {
  return proof.map((hash, i) => (i === at ? Buffer.from([hash[0] ^ 0xff, ...hash.subarray(1)]) : hash));
}

describe('Merkle trees (RFC 9162)', () => {
  const log = new MerkleLog(Array.from({ length: 300 }, (_, i) => leafHash(Buffer.from(`event ${i}`))));

  it('has the roots of the RFC 6962 test vectors', () => {
    const vectors = new MerkleLog(VECTOR_LEAVES.map((hex) => leafHash(Buffer.from(hex, 'hex'))));
    expect(VECTOR_ROOTS.map((_, i) => vectors.root(i + 1).toString('hex'))).toEqual(VECTOR_ROOTS);
    expect(vectors.root(0)).toEqual(EMPTY_TREE_ROOT);
  });

  it('proves every leaf of every size from 1 to 300, and no proof survives one altered byte', () => {
    let failures = 0;
    for (let size = 1; size <= 300; size++) {
      const root = log.root(size);
      for (let index = 0; index < size; index++) {
        const leaf = log.inclusionProof(index, size);
        const hash = leafHashOf(index);
        if (!verifyInclusion(index, size, hash, leaf, root)) failures++;
        if (leaf.length > 0 && verifyInclusion(index, size, hash, altered(leaf, index % leaf.length), root)) {
          failures++;
        }
        if (verifyInclusion(index, size, hash, leaf, altered([root], 0)[0])) failures++;
      }
    }
    expect(failures).toBe(0);
  });

  it('proves every size from 1 to 300 a prefix of every later one, and no proof survives one altered byte', () => {
    let failures = 0;
    for (let second = 1; second <= 300; second++) {
      const secondRoot = log.root(second);
      for (let first = 1; first <= second; first++) {
        const firstRoot = log.root(first);
        const proof = log.consistencyProof(first, second);
        if (!verifyConsistency(first, second, firstRoot, secondRoot, proof)) failures++;
        if (proof.length > 0) {
          const tampered = altered(proof, (first + second) % proof.length);
          if (verifyConsistency(first, second, firstRoot, secondRoot, tampered)) failures++;
        }
        if (first < second && verifyConsistency(first, second, secondRoot, secondRoot, proof)) failures++;
      }
    }
    expect(failures).toBe(0);
  });

  it('refuses proofs for leaves and sizes that are not there', () => {
    expect(() => log.inclusionProof(5, 5)).toThrow(RangeError);
    expect(() => log.consistencyProof(10, 5)).toThrow(RangeError);
    expect(() => log.root(301)).toThrow(RangeError);
    expect(verifyInclusion(5, 5, leafHashOf(5), [], log.root(5))).toBe(false);
    expect(verifyConsistency(0, 5, EMPTY_TREE_ROOT, log.root(5), [])).toBe(true);
  });

  function leafHashOf(index: number): Buffer {
    return leafHash(Buffer.from(`event ${index}`));
  }
});
