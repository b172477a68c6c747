import { ExportedRecord, LineVerdict, MerkleLog } from '@hyeopchi/audit';
import { createReadStream } from 'node:fs';
import { chainCheck } from './chain-check';
import { LineHasher, LineHashes } from './line-hashers';
import { LineTooLong, forEachLine, wholeLineChunks } from './lines';
import { RecordCheck, VerificationFailure } from './record-check';
import { VerificationFailed } from './verification-failed';

export interface SignedRoot {
  treeSize: number;
  root: Buffer;
  time: Date;
}

export interface EventsToVerify {
  path: string;
  service: string;
  /** The manifest's last global position, when the export stops there. */
  upto: number | null;
  /** The log's signed roots, smallest tree first. */
  roots: SignedRoot[];
  chain: ReturnType<typeof chainCheck>;
  checks: RecordCheck[];
  hasher: LineHasher;
  progress: (bytes: number) => void;
  /** Events whose leaf index an inclusion proof states: their index is kept. */
  proven: Set<string>;
}

export interface VerifiedEvents {
  tree: MerkleLog;
  leafIndexOf: Map<string, number>;
  lastRecordedAt: string | null;
}

// chunks hashed ahead of the one being checked, so that the workers are never idle
const CHUNKS_AHEAD = 4;

// as PostgreSQL writes a uuid: the hash covers the id's text, so one event has one writing of it
const LOWERCASE_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const NEWLINE = 0x0a;

/** Every event through every check, and the tree's root at each signed size; the tree of the whole file. */
export async function verifyEvents(request: EventsToVerify): Promise<VerifiedEvents> {
  const tree = new TreeCheck(request);
  const leafIndexOf = new Map<string, number>();
  let lastRecordedAt: string | null = null;
  let line = 0;
  let endsWithNewline = true;
  const check = (chunk: Buffer, { verdicts, leaves }: LineHashes) => {
    endsWithNewline = chunk.at(-1) === NEWLINE;
    let index = 0;
    forEachLine(chunk, (text) => {
      const verdict = verdicts[index];
      line++;
      const record = verdict === LineVerdict.NotAnEventLine ? undefined : parseRecord(text);
      if (!record) {
        throw new VerificationFailed({ service: request.service, reason: `line ${line} is not an event` });
      }
      const failure =
        lineFailure(request.service, verdict, record, request.upto) ??
        request.chain.observe(request.service, record) ??
        firstFailure(request.checks, request.service, record);
      if (failure) throw new VerificationFailed(failure);
      if (request.proven.has(record.eventId)) leafIndexOf.set(record.eventId, line - 1);
      lastRecordedAt = record.recordedAt;
      tree.append(record, Buffer.from(leaves.buffer, leaves.byteOffset + index * 32, 32));
      index++;
    });
    request.progress(chunk.length);
  };
  const ahead: { chunk: Buffer; hashes: Promise<LineHashes> }[] = [];
  try {
    for await (const chunk of wholeLineChunks(createReadStream(request.path, { highWaterMark: 1 << 20 }))) {
      ahead.push({ chunk, hashes: request.hasher.hash(chunk) });
      if (ahead.length > CHUNKS_AHEAD) {
        const next = ahead.shift()!;
        check(next.chunk, await next.hashes);
      }
    }
    for (const next of ahead) check(next.chunk, await next.hashes);
    if (!endsWithNewline) {
      throw new VerificationFailed({
        service: request.service,
        reason: `line ${line} does not end with a newline: the file was cut or altered`,
      });
    }
  } catch (error) {
    if (!(error instanceof LineTooLong)) throw error;
    throw new VerificationFailed({ service: request.service, reason: `${error.message}: not an event` });
  } finally {
    // a failure leaves chunks hashed ahead: their answers are not wanted
    ahead.forEach(({ hashes }) => hashes.catch(() => undefined));
  }
  return { tree: tree.finish(), leafIndexOf, lastRecordedAt };
}

/** What the line's own verdict and its record say, before the chain: its hash, its writing, its place. */
function lineFailure(
  service: string,
  verdict: number,
  record: ExportedRecord,
  upto: number | null,
): VerificationFailure | undefined {
  const fail = (reason: string) => ({
    service,
    streamId: record.streamId,
    streamVersion: record.streamVersion,
    reason,
  });
  if (verdict === LineVerdict.HashDiffers)
    return fail('the hash does not match the event: its content, place or time was changed');
  if (verdict === LineVerdict.NotCanonical)
    return fail('the line is not the canonical JSON (RFC 8785) of its event, member for member');
  if (!LOWERCASE_UUID.test(record.eventId))
    return fail(`its event id ${record.eventId} is not a UUID in lower case`);
  if (upto !== null && record.globalPosition > upto)
    return fail(`its global position ${record.globalPosition} is past the export's last, ${upto}`);
  return undefined;
}

function parseRecord(text: string): ExportedRecord | undefined {
  try {
    return JSON.parse(text) as ExportedRecord;
  } catch {
    return undefined;
  }
}

function firstFailure(checks: RecordCheck[], service: string, record: ExportedRecord) {
  for (const check of checks) {
    const failure = check.observe(service, record);
    if (failure) return failure;
  }
  return undefined;
}

/** The log's Merkle tree as it grows, against each signed root on the way. */
class TreeCheck {
  private readonly tree = new MerkleLog();
  private nextRoot = 0;

  constructor(private readonly request: EventsToVerify) {}

  append(record: ExportedRecord, leaf: Buffer): void {
    this.tree.append(leaf);
    const signed = this.request.roots[this.nextRoot];
    if (signed?.treeSize !== this.tree.size) return;
    if (!this.tree.root().equals(signed.root)) {
      throw new VerificationFailed({
        service: this.request.service,
        streamId: record.streamId,
        streamVersion: record.streamVersion,
        reason: `the first ${signed.treeSize} events, up to this one, do not give the root signed for tree size ${signed.treeSize}: an event was changed, inserted, removed or moved`,
      });
    }
    this.nextRoot++;
  }

  finish(): MerkleLog {
    const unmet = this.request.roots[this.nextRoot];
    if (unmet) {
      throw new VerificationFailed({
        service: this.request.service,
        reason: `a checkpoint signs ${unmet.treeSize} events but the export holds ${this.tree.size}: events are missing`,
      });
    }
    return this.tree;
  }
}
