import { CONTEXTS } from '@hyeopchi/context-names';
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

/** Services of this platform, by name: an unknown name is refused before anything is opened or created. */
export function serviceList(value: string): string[] {
  const services = contextList(value);
  const unknown = services.filter((service) => !(CONTEXTS as readonly string[]).includes(service));
  if (unknown.length > 0) {
    throw new InvalidArgumentError(
      `no service ${unknown.join(', ')}: expected some of ${CONTEXTS.join(', ')}`,
    );
  }
  return services;
}
