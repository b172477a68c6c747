import { InvalidArgumentError } from 'commander';

export function contextList(value: string): string[] {
  const contexts = value.split(',').map((context) => context.trim());
  if (contexts.some((context) => !/^[a-z][a-z0-9]*$/.test(context))) {
    throw new InvalidArgumentError('expected context names separated by commas, e.g. civic,department');
  }
  return contexts;
}

export function globalPosition(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a global position (a whole number)');
  return Number(value);
}
