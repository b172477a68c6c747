import { Fault, pause } from '../fault';

/** How long the broker or the database stays down: long enough for every client to notice and retry. */
const DOWN_MS = 5_000;

/** The Kafka broker killed outright (SIGKILL) under load, then started again on its data. */
export const brokerKilled: Fault = {
  kind: 'Kafka broker killed (-9) and restarted',
  inject: async ({ topology }) => {
    await topology.broker.kill();
    await pause(DOWN_MS);
    await topology.broker.start();
  },
};

/** PostgreSQL stopped as `pg_ctl stop -m immediate` does (no checkpoint; recovery on start), then started again. */
export const postgresCrashed: Fault = {
  kind: 'PostgreSQL stopped (immediate) and restarted',
  inject: async ({ topology }) => {
    await topology.crashPostgres();
    await pause(DOWN_MS);
    await topology.startPostgres();
  },
};
