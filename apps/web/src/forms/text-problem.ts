/** What is wrong with a text field the platform bounds: nothing after trimming, or more than it takes. */
export function textProblem(value: string, max: number): 'required' | 'tooLong' | null {
  const trimmed = value.trim();
  if (trimmed === '') return 'required';
  return trimmed.length > max ? 'tooLong' : null;
}

const ID_RULE = /^[A-Za-z0-9_.:-]+$/;

/** What is wrong with an id the platform keeps for good: letters, digits, _ . : - only, up to 100. */
export function identifierProblem(id: string): 'required' | 'tooLong' | 'characters' | null {
  return textProblem(id, 100) ?? (ID_RULE.test(id) ? null : 'characters');
}

/** What is wrong with a district chosen from the directory: none chosen (the platform checks it is one). */
export function districtProblem(id: string): 'required' | null {
  return id === '' ? 'required' : null;
}

/** A form's problems by field: each one names a sentence (`<field>.<problem>`) that says how to fix it. */
export type Problems<Field extends string> = Partial<Record<Field, string>>;

/** The problems that are there, each under its field. */
export function problemsOf<Field extends string>(checks: Record<Field, string | null>): Problems<Field> {
  return Object.fromEntries(
    Object.entries(checks)
      .filter((entry): entry is [Field, string] => entry[1] !== null)
      .map(([field, problem]) => [field, `${field}.${problem}`]),
  ) as Problems<Field>;
}
