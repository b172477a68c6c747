/** A proposal as a status change announces it. */
export interface StatusChange {
  id: string;
  title: string;
  status: string;
  authorId: string;
}

export type LiveNews = { kind: 'submitted' | 'followed'; title: string; status: string } | null;

/**
 * What a status change means to the reader: a newly submitted proposal is news to everyone; any other move is
 * news to its author and its supporters (`supported` holds the ids the reader supports).
 */
export function liveNews(change: StatusChange, me: string | null, supported: ReadonlySet<string>): LiveNews {
  const { title, status } = change;
  if (status === 'collecting_support') return { kind: 'submitted', title, status };
  if (me !== null && (change.authorId === me || supported.has(change.id)))
    return { kind: 'followed', title, status };
  return null;
}
