/** A schema change this process has started (or waits its turn for) and not yet finished. */
export interface MigrationUnderWay {
  schema: string;
  component: string;
  since: Date;
}

const underWay = new Set<MigrationUnderWay>();

/**
 * Runs `work`, a change to `schema`'s tables, known meanwhile to `migrationsUnderWay()`: readiness answers "not
 * ready" until the schema is what the code expects. Process-wide, as the schemas are.
 */
export async function migrating<T>(schema: string, component: string, work: () => Promise<T>): Promise<T> {
  const migration: MigrationUnderWay = { schema, component, since: new Date() };
  underWay.add(migration);
  try {
    return await work();
  } finally {
    underWay.delete(migration);
  }
}

export function migrationsUnderWay(): readonly MigrationUnderWay[] {
  return [...underWay];
}
