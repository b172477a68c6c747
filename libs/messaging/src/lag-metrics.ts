import { sampledGauge } from '@hyeopchi/observability';

/** Read when scraped, from the relays running in this process (only the replica holding a relay's lock runs it). */
export const relayLag = sampledGauge({
  name: 'hyeopchi_relay_lag_events',
  help: "Events stored in a context's log and not yet acknowledged by Kafka (the relay's checkpoint to the log's end).",
  labelNames: ['context'],
});

/**
 * Read when scraped, from the bus subscriptions running in this process. In process: the events of the followed
 * logs after the subscription's checkpoint. Over Kafka: the messages after the last batch this consumer applied,
 * in the partitions it holds, as of that batch's fetch, or of the last retry of a batch retried in place (which
 * counts as not applied, and the messages published behind it too).
 */
export const consumerLag = sampledGauge({
  name: 'hyeopchi_consumer_lag_events',
  help: 'Events published and not yet applied by a bus subscription (a consumer: projections, process managers).',
  labelNames: ['consumer'],
});
