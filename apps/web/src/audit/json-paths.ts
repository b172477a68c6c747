/**
 * A JSON value's leaves, each with its path written as the API's diff writes one (`items.i-1.decisionId`,
 * `supporters[2]`, `a["x.y"]`), so a state and a change between two states read alike.
 */
export function leavesOf(value: unknown, path = ''): { path: string; value: unknown }[] {
  if (Array.isArray(value) && value.length > 0) {
    return value.flatMap((item, index) => leavesOf(item, `${path}[${index}]`));
  }
  if (isObject(value) && Object.keys(value).length > 0) {
    return Object.keys(value)
      .sort()
      .flatMap((name) => leavesOf(value[name], memberPath(path, name)));
  }
  return [{ path, value }];
}

/** A value as the auditor reads it: text as it is, anything else as JSON. */
export const shownValue = (value: unknown): string =>
  typeof value === 'string' ? value : JSON.stringify(value ?? null);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function memberPath(path: string, name: string): string {
  if (name !== '' && !/[.[\]"\s]/.test(name)) return path === '' ? name : `${path}.${name}`;
  return `${path}[${JSON.stringify(name)}]`;
}
