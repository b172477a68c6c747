import { Fault } from './fault';
import {
  consumerPaused,
  consumerRestarts,
  projectorKilled,
  serviceKilledMidCommand,
} from './kinds/processes';
import { ChaosOptions } from './options';

/** The faults of a run, in the order injected. */
export function faultSchedule(options: ChaosOptions): Fault[] {
  return [
    serviceKilledMidCommand,
    ...Array.from({ length: options.projectorKills }, () => projectorKilled),
    consumerRestarts(options.consumerRestarts),
    consumerPaused,
  ];
}
