import { Fault, pause } from '../fault';
import { TcpFaultProxy } from '../faults/tcp-fault-proxy';
import { ChaosTopology } from '../topology';

/** How long a degraded network lasts. */
const DEGRADED_MS = 10_000;
/** A half-open connection lasts past kafkajs' and pg's usual patience, then the partition heals. */
const HALF_OPEN_MS = 20_000;

type Peer = 'PostgreSQL' | 'Kafka';

const proxyOf = (topology: ChaosTopology, peer: Peer, app: string): TcpFaultProxy =>
  peer === 'Kafka' ? topology.kafkaProxy : topology.postgresProxies[app];

/** Whose connections a fault concerns: one app's to PostgreSQL, or every process's to Kafka (one proxy). */
const between = (peer: Peer, app: string) =>
  peer === 'Kafka' ? 'every process and Kafka' : `${app} and PostgreSQL`;

/** 150 to 250 ms on every chunk, both ways. */
export const latency = (peer: Peer, app: string): Fault => ({
  kind: `network latency between ${between(peer, app)}`,
  inject: async ({ topology }) => {
    const proxy = proxyOf(topology, peer, app);
    proxy.latency(150, 100);
    await pause(DEGRADED_MS);
    proxy.pass();
  },
});

/** Every open connection reset, and new ones refused for 3 s. */
export const resets = (peer: Peer, app: string): Fault => ({
  kind: `connections reset between ${between(peer, app)}`,
  inject: async ({ topology }) => {
    proxyOf(topology, peer, app).reset({ refuseNewForMs: 3_000 });
    await pause(3_000);
  },
});

/** Connections kept open with nothing passing either way, until the partition heals. */
export const halfOpen = (peer: Peer, app: string): Fault => ({
  kind: `half-open connections between ${between(peer, app)}`,
  inject: async ({ topology }) => {
    const proxy = proxyOf(topology, peer, app);
    proxy.halfOpen();
    await pause(HALF_OPEN_MS);
    proxy.pass();
  },
});
