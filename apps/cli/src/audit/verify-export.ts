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
import { basename, join } from 'node:path';
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
import { LineTooLong, forEachLine, wholeLineChunks } from './lines';
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
  /**
   * Signed checkpoints the auditor obtained on their own (published, or read from the gateway): the export must
   * reach each, with the same root. An export that withholds later checkpoints cannot pass for complete.
   */
  trustedCheckpoints?: string[];
  /** The origin prefix the city publishes (`<prefix>/<service>`); without it, the manifest's (unsigned) origins. */
  originPrefix?: string;
}

/** What was verified of one service's log. */
export interface VerifiedLog {
  name: string;
  origin: string;
  events: number;
  checkpoints: number;
  /** Events after the latest checkpoint: chained, but not yet under a signature. */
  unsigned: number;
  latestCheckpointTime: Date | null;
  lastRecordedAt: string | null;
}

export type VerifyResult =
  | {
      ok: true;
      events: number;
      checkpoints: number;
      proofs: number;
      /** Events after their log's latest checkpoint: chained, but not yet under a signature. */
      unsigned: number;
      logs: VerifiedLog[];
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
    const trusted = trustedRoots(request.trustedCheckpoints ?? [], key, manifest, request.originPrefix);
    const chain = chainCheck();
    const logs: VerifiedLog[] = [];
    let proofs = 0;
    for (const service of manifest.services) {
      const origin = request.originPrefix ? `${request.originPrefix}/${service.name}` : service.origin;
      const signed = await readCheckpoints(request.dir, service.name, origin, key);
      const roots = withTrusted(service.name, signed, trusted.get(service.name) ?? []);
      const proofLines = await readProofs(request.dir, service.name);
      const eventsPath = join(request.dir, eventsFile(service.name));
      await mustExist(eventsPath, service.name);
      const { tree, leafIndexOf, lastRecordedAt } = await verifyEvents({
        path: eventsPath,
        service: service.name,
        roots,
        chain,
        checks,
        hasher,
        progress,
        proven: new Set(proofLines.map(({ eventId }) => eventId)),
      });
      if (tree.size !== service.events || signed.length !== service.checkpoints) {
        throw new VerificationFailed({
          service: service.name,
          reason: `the manifest lists ${service.events} events and ${service.checkpoints} checkpoints, but the files hold ${tree.size} and ${signed.length}: the export is incomplete`,
        });
      }
      verifyConsistencyBetween(service.name, roots, tree);
      proofs += verifyProofs(service.name, proofLines, roots, tree, leafIndexOf);
      logs.push({
        name: service.name,
        origin,
        events: tree.size,
        checkpoints: signed.length,
        unsigned: tree.size - (roots.at(-1)?.treeSize ?? 0),
        latestCheckpointTime: signed.at(-1)?.time ?? null,
        lastRecordedAt,
      });
    }
    const unknown = [...trusted.keys()].find(
      (service) => !manifest.services.some(({ name }) => name === service),
    );
    if (unknown) {
      throw new VerificationFailed({
        service: unknown,
        reason: 'a trusted checkpoint signs this log, but the export does not hold it',
      });
    }
    for (const check of checks) {
      const failure = check.finish();
      if (failure) throw new VerificationFailed(failure);
    }
    const sum = (figure: (log: VerifiedLog) => number) => logs.reduce((total, log) => total + figure(log), 0);
    return {
      ok: true,
      events: sum((log) => log.events),
      checkpoints: sum((log) => log.checkpoints),
      proofs,
      unsigned: sum((log) => log.unsigned),
      logs,
    };
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
  await mustExist(join(dir, checkpointsFile(service)), service);
  for (const { line, value } of await readNdjson<ExportedCheckpoint>(
    join(dir, checkpointsFile(service)),
    service,
  )) {
    const fail = (reason: string) =>
      new VerificationFailed({ service, reason: `checkpoint on line ${line}: ${reason}` });
    if (typeof value?.note !== 'string') throw fail('it holds no signed note');
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
    if (!same)
      roots.push({ treeSize: checkpoint.treeSize, root: checkpoint.rootHash, time: checkpoint.time });
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

async function readProofs(dir: string, service: string): Promise<ExportedInclusionProof[]> {
  const proofs = await readNdjson<ExportedInclusionProof>(join(dir, proofsFile(service)), service);
  return proofs.map(({ line, value }) => {
    const wellFormed =
      typeof value?.eventId === 'string' &&
      Number.isInteger(value.leafIndex) &&
      Number.isInteger(value.treeSize) &&
      Array.isArray(value.path) &&
      value.path.every((hash) => typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash));
    if (!wellFormed)
      throw new VerificationFailed({ service, reason: `inclusion proof on line ${line} is malformed` });
    return value;
  });
}

/** Each proof names its event: that event must be the leaf it proves, under a signed root of its size. */
function verifyProofs(
  service: string,
  proofs: ExportedInclusionProof[],
  roots: SignedRoot[],
  tree: MerkleLog,
  leafIndexOf: Map<string, number>,
): number {
  for (const proof of proofs) {
    const signed = roots.find(({ treeSize }) => treeSize === proof.treeSize);
    const holds =
      signed !== undefined &&
      leafIndexOf.get(proof.eventId) === proof.leafIndex &&
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
  }
  return proofs.length;
}

/** The trusted checkpoints, verified with the key, by the service their origin names. */
function trustedRoots(
  notes: string[],
  key: VerifierKey,
  manifest: ExportManifest,
  originPrefix: string | undefined,
): Map<string, SignedRoot[]> {
  const byService = new Map<string, SignedRoot[]>();
  for (const note of notes) {
    const verdict = verifyCheckpoint(note, key);
    if (!verdict.ok) throw new VerificationFailed({ service: 'trusted checkpoint', reason: verdict.reason });
    const { origin, treeSize, rootHash, time } = verdict.checkpoint;
    const service = origin.slice(origin.lastIndexOf('/') + 1);
    const expected =
      originPrefix !== undefined
        ? `${originPrefix}/${service}`
        : manifest.services.find(({ name }) => name === service)?.origin;
    if (expected !== undefined && origin !== expected) {
      throw new VerificationFailed({
        service,
        reason: `a trusted checkpoint is for ${origin}, not ${expected}`,
      });
    }
    byService.set(service, [...(byService.get(service) ?? []), { treeSize, root: rootHash, time }]);
  }
  return byService;
}

/** The export's own checkpoints with the trusted ones among them; a size signed with two roots is a fork. */
function withTrusted(service: string, signed: SignedRoot[], trusted: SignedRoot[]): SignedRoot[] {
  const roots = [...signed];
  for (const root of trusted) {
    const same = roots.find(({ treeSize }) => treeSize === root.treeSize);
    if (same && !same.root.equals(root.root)) {
      throw new VerificationFailed({
        service,
        reason: `tree size ${root.treeSize} has a trusted root other than the export's: the log was forked`,
      });
    }
    if (!same) roots.push(root);
  }
  return roots.sort((a, b) => a.treeSize - b.treeSize);
}

async function mustExist(path: string, service: string): Promise<void> {
  try {
    await stat(path);
  } catch {
    throw new VerificationFailed({
      service,
      reason: `the export has no ${basename(path)}: it is incomplete`,
    });
  }
}

/** The lines of a small NDJSON file, parsed; a line that is not JSON fails the export. A missing file has none. */
async function readNdjson<Value>(path: string, service: string): Promise<{ line: number; value: Value }[]> {
  const values: { line: number; value: Value }[] = [];
  try {
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
  } catch (error) {
    if (!(error instanceof LineTooLong)) throw error;
    throw new VerificationFailed({ service, reason: `${path}: ${error.message}` });
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
