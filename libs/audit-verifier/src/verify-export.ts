import {
  MerkleLog,
  VerifierKey,
  signerNameOf,
  verifyCheckpoint,
  verifyConsistency,
  verifyInclusion,
} from '@hyeopchi/audit';
import { KeyObject, createPublicKey } from 'node:crypto';
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
  /** The signer's name the city publishes; without it, the name the notes' signature lines give with the key. */
  keyName?: string;
  /**
   * Accept events after a log's latest checkpoint, which only the chain vouches for (whoever holds the database
   * can rewrite them consistently). Without it such a tail fails the export: withholding checkpoints must not
   * pass for a complete, signed history.
   */
  acceptUnsignedTail?: boolean;
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
    const publicKey = ed25519PublicKey(
      request.publicKeyPem ?? (await readFile(join(request.dir, PUBLIC_KEY_FILE), 'utf8')),
    );
    const key: VerifierKey = {
      name: request.keyName ?? (await signerName(request.dir, manifest, publicKey)),
      publicKey,
    };
    const checks = request.checks ?? [];
    const progress = await byteProgress(request, manifest);
    const originPrefix = request.originPrefix ?? manifestOriginPrefix(manifest);
    const trusted = trustedRoots(request.trustedCheckpoints ?? [], key, originPrefix);
    const chain = chainCheck();
    const logs: VerifiedLog[] = [];
    let proofs = 0;
    for (const service of manifest.services) {
      const origin = `${originPrefix}/${service.name}`;
      const signed = await readCheckpoints(request.dir, service, origin, key);
      const roots = withTrusted(service.name, signed, trusted.get(service.name) ?? []);
      const proofLines = await readProofs(request.dir, service.name);
      const eventsPath = join(request.dir, eventsFile(service.name));
      await mustExist(eventsPath, service.name);
      const { tree, leafIndexOf, lastRecordedAt } = await verifyEvents({
        path: eventsPath,
        service: service.name,
        upto: manifest.upto,
        roots,
        chain,
        checks,
        hasher,
        progress,
        proven: new Set(proofLines.map(({ eventId }) => eventId)),
      });
      if (tree.size !== service.events) {
        throw new VerificationFailed({
          service: service.name,
          reason: `the manifest lists ${service.events} events, but ${eventsFile(service.name)} holds ${tree.size}: the export is incomplete`,
        });
      }
      verifyConsistencyBetween(service.name, roots, tree);
      proofs += verifyProofs(service.name, proofLines, roots, tree, leafIndexOf);
      const unsigned = tree.size - (roots.at(-1)?.treeSize ?? 0);
      if (unsigned > 0 && !request.acceptUnsignedTail) {
        throw new VerificationFailed(unsignedTail(service.name, tree.size, roots.at(-1)));
      }
      logs.push({
        name: service.name,
        origin,
        events: tree.size,
        checkpoints: signed.length,
        unsigned,
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

function ed25519PublicKey(pem: string): KeyObject {
  let key: KeyObject | undefined;
  try {
    key = createPublicKey(pem);
  } catch {
    key = undefined;
  }
  if (key?.asymmetricKeyType !== 'ed25519') {
    throw new VerificationFailed({
      service: 'export',
      reason: 'the public key is not an Ed25519 public key (SPKI PEM)',
    });
  }
  return key;
}

/** Events after the latest signed root: the chain alone cannot stop whoever holds the database rewriting them. */
function unsignedTail(service: string, events: number, latest: SignedRoot | undefined): VerificationFailure {
  const uncovered = latest
    ? `${events - latest.treeSize} of its ${events} events, after the latest checkpoint (tree size ${latest.treeSize}), are covered by no signature`
    : `its ${events} events are covered by no signature: no checkpoint signs this log`;
  return {
    service,
    reason: `${uncovered}. Whoever holds the database could have rewritten them. Verify an export taken after a checkpoint (a clean shutdown signs one), give a later checkpoint with --checkpoint, or accept them as only chained with --accept-unsigned-tail`,
  };
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
  const wellFormed =
    (manifest.upto === null || Number.isSafeInteger(manifest.upto)) &&
    Array.isArray(manifest.services) &&
    manifest.services.every(
      (service) =>
        // a name becomes part of a file name: a word, never a path
        /^[a-z][a-z0-9-]*$/.test(String(service?.name)) &&
        typeof service.origin === 'string' &&
        Number.isSafeInteger(service.events) &&
        Number.isSafeInteger(service.checkpoints),
    );
  if (!wellFormed) throw notAnExport(`its ${MANIFEST_FILE} does not list its services as the format says`);
  return manifest;
}

/**
 * The origin prefix the manifest's logs share: each log's origin is `<prefix>/<service>`, so that a checkpoint
 * of one service cannot pass for another's. The manifest is unsigned: an auditor pins the prefix with --origin.
 */
function manifestOriginPrefix(manifest: ExportManifest): string {
  const prefixes = new Set<string>();
  for (const { name, origin } of manifest.services) {
    if (!origin.endsWith(`/${name}`)) {
      throw new VerificationFailed({
        service: name,
        reason: `the manifest gives it the origin ${origin}, which does not end in /${name}`,
      });
    }
    prefixes.add(origin.slice(0, -`/${name}`.length));
  }
  if (prefixes.size > 1) {
    throw new VerificationFailed({
      service: 'export',
      reason: `the manifest's origins have different prefixes: ${[...prefixes].join(', ')}`,
    });
  }
  return [...prefixes][0] ?? '';
}

/**
 * The signer's name, as the checkpoints' signature lines give it with the key (its key id covers name and key);
 * the unsigned manifest must agree. With no checkpoint at all, the manifest's name is all there is.
 */
async function signerName(dir: string, manifest: ExportManifest, publicKey: KeyObject): Promise<string> {
  for (const { name: service } of manifest.services) {
    for (const { value } of await readNdjson<ExportedCheckpoint>(
      join(dir, checkpointsFile(service)),
      service,
    )) {
      const name = typeof value?.note === 'string' ? signerNameOf(value.note, publicKey) : undefined;
      if (name === undefined) continue;
      if (name !== manifest.keyName) {
        throw new VerificationFailed({
          service,
          reason: `the checkpoints are signed by ${name} with this key, but the manifest names the signer ${String(manifest.keyName)}`,
        });
      }
      return name;
    }
  }
  return manifest.keyName;
}

/**
 * Each checkpoint's signature and origin, and its stated size the signed one; sizes strictly grow (the log
 * signs each size once), time never goes back; the file holds as many as the manifest lists.
 */
async function readCheckpoints(
  dir: string,
  service: ExportManifest['services'][number],
  origin: string,
  key: VerifierKey,
): Promise<SignedRoot[]> {
  const roots: (SignedRoot & { line: number })[] = [];
  const path = join(dir, checkpointsFile(service.name));
  await mustExist(path, service.name);
  const lines = await readNdjson<ExportedCheckpoint>(path, service.name);
  for (const { line, value } of lines) {
    const fail = (reason: string) =>
      new VerificationFailed({ service: service.name, reason: `checkpoint on line ${line}: ${reason}` });
    if (typeof value?.note !== 'string') throw fail('it holds no signed note');
    const verdict = verifyCheckpoint(value.note, key);
    if (!verdict.ok) throw fail(verdict.reason);
    const { checkpoint } = verdict;
    if (checkpoint.origin !== origin) throw fail(`it is for ${checkpoint.origin}, not ${origin}`);
    if (value.treeSize !== checkpoint.treeSize) {
      throw fail(`it states tree size ${String(value.treeSize)}, but its note signs ${checkpoint.treeSize}`);
    }
    const same = roots.find(({ treeSize }) => treeSize === checkpoint.treeSize);
    if (same && !same.root.equals(checkpoint.rootHash)) {
      throw fail(`tree size ${checkpoint.treeSize} has two different signed roots`);
    }
    if (same) throw fail(`tree size ${checkpoint.treeSize} was already signed on line ${same.line}`);
    const last = roots.at(-1);
    if (last && checkpoint.treeSize < last.treeSize) {
      throw fail(
        `tree size ${checkpoint.treeSize} comes after tree size ${last.treeSize}: the log was rolled back`,
      );
    }
    if (last && checkpoint.time < last.time) {
      throw fail(`it is dated ${checkpoint.time.toISOString()}, before the checkpoint it follows`);
    }
    roots.push({ treeSize: checkpoint.treeSize, root: checkpoint.rootHash, time: checkpoint.time, line });
  }
  if (lines.length !== service.checkpoints) {
    throw new VerificationFailed({
      service: service.name,
      reason: `the manifest lists ${service.checkpoints} checkpoints, but ${checkpointsFile(service.name)} holds ${lines.length}: the export is incomplete`,
    });
  }
  return roots.map(({ treeSize, root, time }) => ({ treeSize, root, time }));
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
  const path = join(dir, proofsFile(service));
  await mustExist(path, service);
  const proofs = await readNdjson<ExportedInclusionProof>(path, service);
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
    if (!signed) {
      throw new VerificationFailed({
        service,
        reason: `the inclusion proof of event ${proof.eventId} is for a tree of ${proof.treeSize} events, which no checkpoint signs`,
      });
    }
    const holds =
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
function trustedRoots(notes: string[], key: VerifierKey, originPrefix: string): Map<string, SignedRoot[]> {
  const byService = new Map<string, SignedRoot[]>();
  for (const note of notes) {
    const verdict = verifyCheckpoint(note, key);
    if (!verdict.ok) throw new VerificationFailed({ service: 'trusted checkpoint', reason: verdict.reason });
    const { origin, treeSize, rootHash, time } = verdict.checkpoint;
    const service = origin.slice(origin.lastIndexOf('/') + 1);
    const expected = `${originPrefix}/${service}`;
    if (origin !== expected) {
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
