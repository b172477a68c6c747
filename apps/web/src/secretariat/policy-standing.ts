/** Where a version stands now: in force, adopted for a later day, or superseded by a later one. */
export type PolicyStanding = 'inForce' | 'scheduled' | 'earlier';

/**
 * Each version's standing at `now`, by version: in force is the last adopted of those that have taken effect (the
 * platform's rule), scheduled one that takes effect later, earlier any other.
 */
export function policyStandings(
  versions: readonly { version: number; takesEffectAt: string }[],
  now: Date,
): Map<number, PolicyStanding> {
  const started = versions.filter(({ takesEffectAt }) => new Date(takesEffectAt) <= now);
  const inForce = Math.max(...started.map(({ version }) => version));
  return new Map(
    versions.map(({ version, takesEffectAt }) => [
      version,
      version === inForce ? 'inForce' : new Date(takesEffectAt) > now ? 'scheduled' : 'earlier',
    ]),
  );
}
