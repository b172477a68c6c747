import { HyeopchiConfig } from '@hyeopchi/config';
import { Controller, Type } from '@nestjs/common';
import { ClientKafka, KafkaOptions, MessagePattern, Payload, Transport } from '@nestjs/microservices';
import { Partitioners, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { firstValueFrom, timeout } from 'rxjs';
import { CommandDispatcher } from './command-dispatcher';
import { CommandReply, CommandRequest, refusal } from './command-request';

/** The topic a service takes its commands from; Nest replies on `<topic>.reply`. */
export function commandTopicOf(context: string, namespace: string): string {
  return `${namespace}.${context}.commands`;
}

/** A controller answering one service's command topic over Nest's Kafka request-reply. */
export function commandListenerFor(topic: string): Type<unknown> {
  @Controller()
  class CommandListener {
    constructor(private readonly dispatcher: CommandDispatcher) {}

    @MessagePattern(topic)
    handle(@Payload() request: unknown): Promise<CommandReply> {
      return this.dispatcher.dispatch(request);
    }
  }
  return CommandListener;
}

/** Nest's Kafka transport, for a service's server side or a caller's client side. */
export function kafkaTransport(config: HyeopchiConfig, groupId: string): KafkaOptions {
  return {
    transport: Transport.KAFKA,
    options: {
      client: {
        clientId: `${config.KAFKA_CLIENT_ID}-${groupId}`,
        brokers: config.KAFKA_BROKERS ?? [],
        // kafkajs' own progress messages would flood the service log through Nest's logger
        logLevel: logLevel.ERROR,
      },
      consumer: {
        groupId: `${config.KAFKA_TOPIC_NAMESPACE}.${groupId}`,
        allowAutoTopicCreation: false,
        // a fetch on an idle partition holds back the next one: a short wait keeps a request or reply from
        // sitting behind it (kafkajs waits up to 5 s by default)
        maxWaitTimeInMs: 20,
      },
      // no one-at-a-time producer: a reply sent twice is harmless, and a request sent twice is the same command,
      // acting once if it appended (its id) and decided again if it was refused, as when a caller retries it
      producer: { allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner },
      subscribe: { fromBeginning: false },
      // commands to different streams need no order between them: every partition is served at once
      run: { partitionsConsumedConcurrently: config.KAFKA_TOPIC_PARTITIONS },
    },
  };
}

/** How a caller reaches a service's commands, whichever carries them. */
export interface CommandSender {
  send(context: string, request: CommandRequest): Promise<CommandReply>;
}

export const COMMAND_SENDER = Symbol('CommandSender');

/** Commands to services in this process. */
export class InProcessCommandSender implements CommandSender {
  constructor(private readonly dispatcher: CommandDispatcher) {}

  send(_context: string, request: CommandRequest): Promise<CommandReply> {
    return this.dispatcher.dispatch(request);
  }
}

/**
 * Commands to services in other processes, over Kafka request-reply. A command that gets no reply in time may
 * still have been handled: send it again with the same commandId, which acts once.
 */
export class KafkaCommandSender implements CommandSender {
  private closed = false;

  private constructor(
    private readonly client: ClientKafka,
    private readonly namespace: string,
    private readonly timeoutMs: number,
  ) {}

  static async connect(
    config: HyeopchiConfig,
    contexts: readonly string[],
    { name, timeoutMs = 10_000 }: { name: string; timeoutMs?: number },
  ): Promise<KafkaCommandSender> {
    const client = new ClientKafka(kafkaTransport(config, name).options!);
    for (const context of contexts)
      client.subscribeToResponseOf(commandTopicOf(context, config.KAFKA_TOPIC_NAMESPACE));
    await client.connect().catch(async (error: unknown) => {
      await client.close().catch(() => undefined);
      throw error;
    });
    return new KafkaCommandSender(client, config.KAFKA_TOPIC_NAMESPACE, timeoutMs);
  }

  async send(context: string, given: CommandRequest): Promise<CommandReply> {
    const topic = commandTopicOf(context, this.namespace);
    // a redelivered request must be recognised as the same command: it never travels without an id
    const request = { ...given, commandId: given.commandId ?? randomUUID() };
    if (this.closed) {
      return refusal(
        request.commandId,
        'COMMAND_NOT_DELIVERED',
        'the sender is shutting down: send it again',
      );
    }
    try {
      return await firstValueFrom(
        this.client.send<CommandReply, CommandRequest>(topic, request).pipe(timeout(this.timeoutMs)),
      );
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      return refusal(
        request.commandId ?? null,
        timedOut ? 'COMMAND_TIMEOUT' : 'COMMAND_NOT_DELIVERED',
        timedOut
          ? `no reply from the ${context} service within ${this.timeoutMs} ms; send it again with the same commandId`
          : `the ${context} service could not be reached: ${String(error)}`,
      );
    }
  }

  close(): Promise<void> {
    this.closed = true;
    return this.client.close();
  }
}
