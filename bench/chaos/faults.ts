import { Fault } from './fault';
import { ChaosOptions } from './options';

/** The faults of a run, in the order injected. */
export function faultSchedule(_options: ChaosOptions): Fault[] {
  return [];
}
