import type { Translator } from './translator';

/** A command the API refused: its stable code, and its message (in English) for what no translation covers. */
export interface Refusal {
  code: string;
  message: string;
}

/** What a mutation returns: accepted, or refused with a code. */
export type CommandOutcome = { __typename: 'CommandAccepted' } | ({ __typename: 'CommandRefused' } & Refusal);

/**
 * A refusal in the reader's language, saying what to do about it: the screen's own sentence for a code it knows
 * (under `<prefix>.<CODE>`), otherwise a general one that quotes the API's message.
 */
export function refusalText({ t, exists }: Translator, prefix: string, refusal: Refusal): string {
  const known = `${prefix}.${refusal.code}`;
  return exists(known) ? t(known) : t(`${prefix}.other`, { code: refusal.code, message: refusal.message });
}

/** The refusal in a mutation's outcome, or null when it was accepted; a failed request counts as refused. */
export function refusalOf(
  outcome: CommandOutcome | undefined,
  failure?: { message: string },
): Refusal | null {
  if (outcome?.__typename === 'CommandAccepted') return null;
  if (outcome?.__typename === 'CommandRefused') return { code: outcome.code, message: outcome.message };
  return { code: 'REQUEST_FAILED', message: failure?.message ?? 'no answer' };
}

/** The outcome in a command mutation's data, whichever mutation it was (its data holds that one field). */
export function outcomeOf(data: object | undefined): CommandOutcome | undefined {
  return Object.values(data ?? {})[0] as CommandOutcome | undefined;
}
