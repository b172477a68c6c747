import { Fault } from './fault';
import { clocksDisagree } from './kinds/clocks';
import { brokerKilled, postgresCrashed } from './kinds/infrastructure';
import { halfOpen, latency, resets } from './kinds/network';
import { poisonEvents } from './kinds/poison';
import {
  consumerPaused,
  consumerRestarts,
  projectorKilled,
  serviceKilledMidCommand,
} from './kinds/processes';
import { ChaosOptions } from './options';
import { APPS } from './topology';

/** The faults of a run, in the order injected: every kind once, then the projector's many kills. */
export function faultSchedule(options: ChaosOptions): Fault[] {
  return [
    poisonEvents,
    brokerKilled,
    postgresCrashed,
    ...networkFaults(options),
    clocksDisagree,
    serviceKilledMidCommand,
    consumerRestarts(options.consumerRestarts),
    consumerPaused,
    ...Array.from({ length: options.projectorKills }, () => projectorKilled),
  ];
}

/**
 * Latency, resets and half-open connections: between every process and Kafka, and between each app and
 * PostgreSQL (the short profile takes one app per kind, in turn).
 */
function networkFaults({ profile }: ChaosOptions): Fault[] {
  const kinds = [latency, resets, halfOpen];
  const postgres =
    profile === 'full'
      ? APPS.flatMap((app) => kinds.map((kind) => kind('PostgreSQL', app)))
      : kinds.map((kind, i) => kind('PostgreSQL', APPS[i % APPS.length]));
  return [...kinds.map((kind) => kind('Kafka', 'every process')), ...postgres];
}
