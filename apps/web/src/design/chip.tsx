import type { ReactNode } from 'react';

/**
 * What a status means for the reader, each with its own tint: open (waiting for people to act), waiting (for the
 * city), committee, active, done, alert, and neutral for drafts and ends.
 */
export type ChipTone = 'neutral' | 'open' | 'waiting' | 'committee' | 'active' | 'done' | 'alert';

/** A status in words on a tinted pill: the tint only repeats what the words say, never says it alone. */
export function Chip({ tone, children }: { tone: ChipTone; children: ReactNode }) {
  return (
    <span className="chip" data-tone={tone}>
      {children}
    </span>
  );
}
