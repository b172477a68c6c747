import { MerkleLog, leafHash } from '@hyeopchi/audit';
import { AuditLog } from '@hyeopchi/event-store';
import { badInput } from '@hyeopchi/gateway-kit';

export interface LogTree {
  tree: MerkleLog;
  /** The leaf of the event asked for, when it is within the tree. */
  leaf: { index: number; hash: Buffer } | undefined;
}

/**
 * The tree of the first `size` events of a service's log, in the tree's order (commit order, as `pages` reads it):
 * leaf i is SHA-256(0x00 ‖ hash of event i), as the checkpointer builds it.
 *
 * Cost: built again from the log on every request: up to `size` records read (data included) and hashed, and up
 * to `size` − 1 node hashes held in memory while the proof is made, so O(size) time and memory per proof. Fine
 * for logs of tens of thousands of events; larger ones want the leaves or subtree roots kept beside the checkpoints.
 */
export async function logTree(log: AuditLog, size: number, eventId?: string): Promise<LogTree> {
  const leaves: Buffer[] = [];
  let leaf: LogTree['leaf'];
  pages: for await (const page of log.pages()) {
    for (const record of page.records) {
      if (leaves.length === size) break pages;
      const hash = leafHash(Buffer.from(record.hash, 'hex'));
      if (record.eventId === eventId) leaf = { index: leaves.length, hash };
      leaves.push(hash);
    }
  }
  if (leaves.length < size) {
    throw badInput(`${log.schemaName}'s log holds ${leaves.length} events: no tree of ${size}`);
  }
  return { tree: new MerkleLog(leaves), leaf };
}

export const hex = (hash: Buffer) => hash.toString('hex');
