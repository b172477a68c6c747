import {
  MerkleLog,
  VerifierKey,
  verifierKeyFrom,
  verifyCheckpoint,
  verifyConsistency,
  verifyInclusion,
} from '@hyeopchi/audit';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { chainCheck } from './chain-check';
import {
  EXPORT_FORMAT,
  ExportManifest,
  ExportedCheckpoint,
  ExportedInclusionProof,
  MANIFEST_FILE,
  PUBLIC_KEY_FILE,
  checkpointsFile,
  eventsFile,
  proofsFile,
} from './export-format';
import { LineHasher, inlineLineHasher, workerLineHasher } from './line-hashers';
import { forEachLine, wholeLineChunks } from './lines';
import { RecordCheck, VerificationFailure } from './record-check';
import { VerificationFailed } from './verification-failed';
import { SignedRoot, verifyEvents } from './verify-events';

export interface VerifyRequest {
  dir: string;
  /** The key the auditor trusts (PEM); without it, the one in the export. */
  publicKeyPem?: string;
  /** More checks of the records, such as the domain's replay. */
  checks?: RecordCheck[];
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Threads that hash the lines beside this one; none hashes them here. */
  workers?: number;
}

export type VerifyResult =
  | {
      ok: true;
      events: number;
      checkpoints: number;
      proofs: number;
      /** Events after their log's latest checkpoint: chained, but not yet under a signature. */
      unsigned: number;
    }
  | { ok: false; failure: VerificationFailure };

/** Checks an export with no database and no network: signatures, chains, roots, proofs, and the domain. */
export async function verifyExport(request: VerifyRequest): Promise<VerifyResult> {
  const hasher: LineHasher = request.workers ? workerLineHasher(request.workers) : inlineLineHasher();
  try {
    const manifest = await readManifest(request.dir);
    const key = verifierKeyFrom(
      manifest.keyName,
      request.publicKeyPem ?? (await readFile(join(request.dir, PUBLIC_KEY_FILE), 'utf8')),
    );
    const checks = request.checks ?? [];
    const progress = await byteProgress(request, manifest);
    const chain = chainCheck();
    let events = 0;
    let checkpoints = 0;
    let proofs = 0;
    let unsigned = 0;
    for (const service of manifest.services) {
      const roots = await readCheckpoints(request.dir, service.name, service.origin, key);
      const leaves = await verifyEvents({
        path: join(request.dir, eventsFile(service.name)),
        service: service.name,
        roots,
        chain,
        checks,
        hasher,
        progress,
      });
      verifyConsistencyBetween(service.name, roots, leaves);
      proofs += await verifyProofs(request.dir, service.name, roots, leaves);
      events += leaves.size;
      checkpoints += roots.length;
      unsigned += leaves.size - (roots.at(-1)?.treeSize ?? 0);
    }
    for (const check of checks) {
      const failure = check.finish();
      if (failure) throw new VerificationFailed(failure);
    }
    return { ok: true, events, checkpoints, proofs, unsigned };
  } catch (error) {
    if (error instanceof VerificationFailed) return { ok: false, failure: error.failure };
    throw error;
  } finally {
    await hasher.close();
  }
}

async function readManifest(dir: string): Promise<ExportManifest> {
  const notAnExport = (why: string) =>
    new VerificationFailed({ service: 'export', reason: `${dir} is not an audit export: ${why}` });
  let manifest: ExportManifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as ExportManifest;
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw notAnExport(missing ? `it has no ${MANIFEST_FILE}` : `its ${MANIFEST_FILE} is not JSON`);
  }
  if (manifest.format !== EXPORT_FORMAT) throw notAnExport(`its ${MANIFEST_FILE} is not ${EXPORT_FORMAT}`);
  return manifest;
}

/** Each checkpoint's signature and origin; sizes only grow, time never goes back, a size has one root. */
async function readCheckpoints(
  dir: string,
  service: string,
  origin: string,
  key: VerifierKey,
): Promise<SignedRoot[]> {
  const roots: SignedRoot[] = [];
  let previousTime = 0;
  for (const { line, value } of await readNdjson<ExportedCheckpoint>(
    join(dir, checkpointsFile(service)),
    service,
  )) {
    const fail = (reason: string) =>
      new VerificationFailed({ service, reason: `checkpoint on line ${line}: ${reason}` });
    const verdict = verifyCheckpoint(value.note, key);
    if (!verdict.ok) throw fail(verdict.reason);
    const { checkpoint } = verdict;
    if (checkpoint.origin !== origin) throw fail(`it is for ${checkpoint.origin}, not ${origin}`);
    const same = roots.find(({ treeSize }) => treeSize === checkpoint.treeSize);
    if (same && !same.root.equals(checkpoint.rootHash)) {
      throw fail(`tree size ${checkpoint.treeSize} has two different signed roots`);
    }
    const last = roots.at(-1);
    if (last && checkpoint.treeSize <= last.treeSize && !same) {
      throw fail(
        `tree size ${checkpoint.treeSize} comes after tree size ${last.treeSize}: the log was rolled back`,
      );
    }
    if (checkpoint.time.getTime() < previousTime) {
      throw fail(`it is dated ${checkpoint.time.toISOString()}, before the checkpoint it follows`);
    }
    previousTime = checkpoint.time.getTime();
    if (!same) roots.push({ treeSize: checkpoint.treeSize, root: checkpoint.rootHash });
  }
  return roots;
}

/** RFC 9162 consistency between consecutive checkpoints: each later tree extends the one before. */
function verifyConsistencyBetween(service: string, roots: SignedRoot[], tree: MerkleLog): void {
  for (let index = 1; index < roots.length; index++) {
    const [from, to] = [roots[index - 1], roots[index]];
    const proof = tree.consistencyProof(from.treeSize, to.treeSize);
    if (!verifyConsistency(from.treeSize, to.treeSize, from.root, to.root, proof)) {
      throw new VerificationFailed({
        service,
        reason: `the tree of ${to.treeSize} events does not extend the tree of ${from.treeSize}`,
      });
    }
  }
}

async function verifyProofs(
  dir: string,
  service: string,
  roots: SignedRoot[],
  tree: MerkleLog,
): Promise<number> {
  let verified = 0;
  for (const { value: proof } of await readNdjson<ExportedInclusionProof>(
    join(dir, proofsFile(service)),
    service,
  )) {
    const signed = roots.find(({ treeSize }) => treeSize === proof.treeSize);
    const holds =
      signed !== undefined &&
      proof.leafIndex < tree.size &&
      verifyInclusion(
        proof.leafIndex,
        proof.treeSize,
        tree.leaf(proof.leafIndex),
        proof.path.map((hash) => Buffer.from(hash, 'hex')),
        signed.root,
      );
    if (!holds) {
      throw new VerificationFailed({
        service,
        reason: `the inclusion proof of event ${proof.eventId} in the signed tree of ${proof.treeSize} events does not hold`,
      });
    }
    verified++;
  }
  return verified;
}

/** The lines of a small NDJSON file, parsed; a line that is not JSON fails the export. A missing file has none. */
async function readNdjson<Value>(path: string, service: string): Promise<{ line: number; value: Value }[]> {
  const values: { line: number; value: Value }[] = [];
  for await (const chunk of wholeLineChunks(createReadStream(path))) {
    forEachLine(chunk, (text) => {
      const line = values.length + 1;
      try {
        values.push({ line, value: JSON.parse(text) as Value });
      } catch {
        throw new VerificationFailed({ service, reason: `line ${line} of ${path} is not JSON` });
      }
    });
  }
  return values;
}

async function byteProgress(request: VerifyRequest, manifest: ExportManifest) {
  const sizes = await Promise.all(
    manifest.services.map((service) =>
      stat(join(request.dir, eventsFile(service.name))).then(
        (file) => file.size,
        () => 0,
      ),
    ),
  );
  const total = sizes.reduce((sum, size) => sum + size, 0);
  let read = 0;
  let reported = 0;
  return (bytes: number) => {
    read += bytes;
    if (read - reported >= total / 200 || read === total) {
      reported = read;
      request.onProgress?.(read, total);
    }
  };
}
