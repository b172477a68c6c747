const SCHEMA_NAME = /^[a-z][a-z0-9_]{0,62}$/;

/** A service's schema name comes from configuration: refuse anything that is not a plain lower-case identifier. */
export function schemaIdentifier(name: string): string {
  if (!SCHEMA_NAME.test(name)) {
    throw new Error(
      `"${name}" is not a usable schema name: use 1-63 of a-z, 0-9 and _, starting with a letter`,
    );
  }
  return `"${name}"`;
}
