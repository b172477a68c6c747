import { DedicatedBroker, dedicatedBroker } from '@hyeopchi/testing';
import { TcpFaultProxy } from './tcp-fault-proxy';

/**
 * A Kafka broker of its own that every client reaches through a fault proxy. A Kafka client bootstraps on the
 * address it is given, then connects to the address the broker advertises; so the broker advertises the proxy's
 * port, and no connection bypasses the proxy. The shared broker (9092) advertises itself: it cannot be proxied.
 */
export interface ProxiedKafkaBroker {
  /** KAFKA_BROKERS for the processes under test: the proxy's address. */
  brokers: string[];
  proxy: TcpFaultProxy;
  /** Stop and start it to restart the broker behind the proxy; the proxy stays. */
  broker: DedicatedBroker;
  /** Closes the proxy, stops the broker and deletes its data. */
  destroy(): Promise<void>;
}

/** `brokerPort` and `brokerPort + 1` (its controller) must be free. */
export async function startProxiedKafkaBroker(options: {
  brokerPort: number;
  maxConnections?: number;
}): Promise<ProxiedKafkaBroker> {
  const proxy = await TcpFaultProxy.start({
    target: { host: '127.0.0.1', port: options.brokerPort },
    maxConnections: options.maxConnections,
  });
  const broker = dedicatedBroker(options.brokerPort, { advertisedPort: proxy.port });
  try {
    await broker.start();
  } catch (error) {
    await proxy.close();
    throw error;
  }
  return {
    brokers: [proxy.address],
    proxy,
    broker,
    destroy: async () => {
      await proxy.close();
      await broker.destroy();
    },
  };
}
