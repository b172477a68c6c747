import { MerkleLog, exportLineOf, leafHash } from '@hyeopchi/audit';
import { AuditLog } from '@hyeopchi/event-store';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Pool } from 'pg';
import {
  EXPORT_FORMAT,
  ExportManifest,
  ExportedCheckpoint,
  ExportedInclusionProof,
  MANIFEST_FILE,
  PROVEN_EVENT_TYPE,
  PUBLIC_KEY_FILE,
  checkpointsFile,
  eventsFile,
  proofsFile,
} from './export-format';

export interface ExportRequest {
  pool: Pool;
  out: string;
  services: readonly string[];
  /** Stop before the first event past this global position (the tree's prefix up to it). */
  upto?: number;
  origin: (service: string) => string;
  keyName: string;
  publicKeyFile: string;
  onProgress?: (service: string, events: number) => void;
}

/** Writes an export that `hyeopchi audit verify` checks with no database and no network. */
export async function exportAudit(request: ExportRequest): Promise<ExportManifest> {
  await mkdir(request.out, { recursive: true });
  await copyFile(request.publicKeyFile, join(request.out, PUBLIC_KEY_FILE));
  const services: ExportManifest['services'] = [];
  for (const service of request.services) {
    const log = await AuditLog.open(request.pool, service);
    const { leaves, proven } = await exportEvents(log, service, request);
    const checkpoints = (await log.checkpoints()).filter(({ treeSize }) => treeSize <= leaves.length);
    await writeLines<ExportedCheckpoint>(
      join(request.out, checkpointsFile(service)),
      checkpoints.map(({ treeSize, signedNote }) => ({ treeSize, note: signedNote })),
    );
    const proofSize = checkpoints.at(-1)?.treeSize ?? 0;
    const tree = new MerkleLog(leaves);
    await writeLines<ExportedInclusionProof>(
      join(request.out, proofsFile(service)),
      proven
        .filter(({ leafIndex }) => leafIndex < proofSize)
        .map(({ eventId, leafIndex }) => ({
          eventId,
          leafIndex,
          treeSize: proofSize,
          path: tree.inclusionProof(leafIndex, proofSize).map((hash) => hash.toString('hex')),
        })),
    );
    services.push({
      name: service,
      origin: request.origin(service),
      events: leaves.length,
      checkpoints: checkpoints.length,
    });
  }
  const manifest: ExportManifest = {
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    keyName: request.keyName,
    upto: request.upto ?? null,
    services,
  };
  await writeFile(join(request.out, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

async function exportEvents(log: AuditLog, service: string, request: ExportRequest) {
  const leaves: Buffer[] = [];
  const proven: { eventId: string; leafIndex: number }[] = [];
  const lastHashes = new Map<string, string>();
  const file = createWriteStream(join(request.out, eventsFile(service)));
  try {
    let reachedUpto = false;
    for await (const page of log.pages()) {
      let chunk = '';
      for (const record of page.records) {
        reachedUpto = request.upto !== undefined && record.globalPosition > request.upto;
        if (reachedUpto) break;
        if (record.type === PROVEN_EVENT_TYPE)
          proven.push({ eventId: record.eventId, leafIndex: leaves.length });
        leaves.push(leafHash(Buffer.from(record.hash, 'hex')));
        chunk += `${exportLineOf({ ...record, previousHash: lastHashes.get(record.streamId) ?? null })}\n`;
        lastHashes.set(record.streamId, record.hash);
      }
      if (!file.write(chunk)) await once(file, 'drain');
      request.onProgress?.(service, leaves.length);
      if (reachedUpto) break;
    }
  } finally {
    file.end();
    await once(file, 'close');
  }
  return { leaves, proven };
}

async function writeLines<Line>(path: string, lines: Line[]): Promise<void> {
  await writeFile(path, lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
}
