import { InvalidArgumentError } from 'commander';

export function contextList(value: string): string[] {
  const contexts = value.split(',').map((context) => context.trim());
  if (contexts.some((context) => !/^[a-z][a-z0-9]*$/.test(context))) {
    throw new InvalidArgumentError('expected context names separated by commas, e.g. civic,department');
  }
  return contexts;
}
