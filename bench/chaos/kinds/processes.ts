import { PlatformInstance } from '@hyeopchi/testing';
import { Fault, FaultContext, pause } from '../fault';
import { killHard, pauseProcess } from '../faults/process-faults';

/** The Kafka consumer group's session timeout (`KafkaEventBus`): a pause longer than it costs the member its partitions. */
const SESSION_TIMEOUT_MS = 10_000;

const only = ({ topology }: FaultContext, app: string): PlatformInstance =>
  topology.platform.instances[app][0];

/**
 * civic, which takes the supports, killed outright while the clients' commands are on their way to it: those
 * unanswered time out at the gateway, and the clients send them again with the same commandId until the
 * restarted service answers; each must act once.
 */
export const serviceKilledMidCommand: Fault = {
  kind: 'service killed (-9) mid-command, retried with its commandId',
  inject: async (context) => {
    const civic = only(context, 'civic');
    await untilACommandIsUnderWay(context);
    await killHard(civic.process);
    await context.topology.platform.restart(civic);
  },
};

/** The gateway projects the read models: killed outright under load, it is mid-batch most of the time. */
export const projectorKilled: Fault = {
  kind: 'projector (gateway) killed (-9) mid-batch',
  inject: async (context) => {
    const gateway = only(context, 'gateway');
    await untilACommandIsUnderWay(context);
    await killHard(gateway.process);
    await context.topology.platform.restart(gateway);
  },
};

/** The department's consumers (its process managers) stopped and started again (SIGTERM), a few seconds apart. */
export const consumerRestarts = (times: number): Fault => ({
  kind: 'consumer (department) restarted every few seconds',
  times,
  inject: async (context) => {
    for (let restart = 0; restart < times; restart++) {
      await context.topology.platform.restart(only(context, 'department'));
      await pause(3_000);
    }
  },
});

/** The department frozen (SIGSTOP) past its consumer groups' session timeout, then let go on (SIGCONT). */
export const consumerPaused: Fault = {
  kind: 'consumer (department) paused past its session timeout',
  inject: (context) => pauseProcess(only(context, 'department').process, SESSION_TIMEOUT_MS + 5_000),
};

/** Until some client waits for an answer: a fault injected then finds a command under way. */
async function untilACommandIsUnderWay({ load }: FaultContext): Promise<void> {
  for (let waited = 0; load.inFlight === 0 && waited < 5_000; waited += 10) await pause(10);
}
