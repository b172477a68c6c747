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
 * Latency, resets and half-open connections. Full: between every process and Kafka, and between each app and
 * PostgreSQL. Short (CI): resets between every process and Kafka, latency and half-open connections between an app
 * and PostgreSQL, in turn.
 */
function networkFaults({ profile }: ChaosOptions): Fault[] {
  const kinds = [latency, resets, halfOpen];
  if (profile === 'short')
    return [
      resets('Kafka', 'every process'),
      latency('PostgreSQL', APPS[0]),
      halfOpen('PostgreSQL', APPS[1]),
    ];
  return [
    ...kinds.map((kind) => kind('Kafka', 'every process')),
    ...APPS.flatMap((app) => kinds.map((kind) => kind('PostgreSQL', app))),
  ];
}
