/**
 * Whether a docket entry waits for an agenda: it never went on one, or every time it did the committee deferred
 * it. An item on an agenda and not yet decided, or decided otherwise, is not put on another.
 */
export function awaitsAgenda(entry: {
  agendaItems: readonly { decision: { outcome: string } | null }[];
}): boolean {
  return entry.agendaItems.every((item) => item.decision?.outcome === 'defer');
}
