import { ChaosLoad } from './load';
import { ChaosOptions } from './options';
import { ChaosTopology } from './topology';

export interface FaultContext {
  topology: ChaosTopology;
  load: ChaosLoad;
  options: ChaosOptions;
  log(line: string): void;
}

/**
 * One fault the suite injects: `inject` breaks something and resolves once the fault has ended (the process
 * restarted, the broker back, the proxy healed); the suite then measures how long the platform takes to recover.
 */
export interface Fault {
  /** The fault's kind, as the report counts them: several faults may be of one kind. */
  kind: string;
  /** How many times `inject` breaks something (a series of restarts is one fault); 1 unless said. */
  times?: number;
  /** Resolves once the fault has ended, to what it found wrong on the way (nothing, for most faults). */
  inject(context: FaultContext): Promise<string[] | void>;
}

export const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
