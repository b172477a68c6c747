import { BEGINNING_OF_LOG, GlobalCheckpoint } from '@hyeopchi/event-store';
import { badInput } from '@hyeopchi/gateway-kit';

const CURSOR = /^(\d+)\.(\d+)$/;

/**
 * A place in a service's log as a client holds it: both numbers of the log's commit-safe order (transaction,
 * position), since a position alone can be overtaken by a transaction that commits later.
 */
export const cursorOf = ({ transactionId, globalPosition }: GlobalCheckpoint): string =>
  `${transactionId}.${globalPosition}`;

export function checkpointOfCursor(cursor: string | null | undefined): GlobalCheckpoint {
  if (cursor === null || cursor === undefined) return BEGINNING_OF_LOG;
  const match = CURSOR.exec(cursor);
  if (!match) throw badInput(`after ${JSON.stringify(cursor)} is not a cursor this query gave`);
  return { transactionId: match[1], globalPosition: Number(match[2]) };
}
