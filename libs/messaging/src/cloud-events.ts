import { RecordedEvent } from '@hyeopchi/event-store';
import { IHeaders, KafkaMessage, Message } from 'kafkajs';
import { EventEnvelope } from './envelope';
import { PoisonEventError } from './poison';

/**
 * CloudEvents 1.0 in Kafka binary content mode: attributes travel as `ce_` headers, the event's data is the
 * message value. Any CloudEvents-aware Kafka client can read these without our code.
 */
const SPEC_VERSION = '1.0';
const TYPE_PREFIX = 'hyeopchi.';
const SOURCE_PREFIX = '/hyeopchi/';

export class MalformedCloudEventError extends PoisonEventError {
  constructor(detail: string, reason: 'not-a-cloud-event' | 'malformed-json' = 'not-a-cloud-event') {
    super(reason, `not a Hyeopchi CloudEvent: ${detail}`);
  }
}

export function toKafkaMessage(context: string, event: RecordedEvent): Message {
  const { correlationId, causationId } = event.metadata;
  const headers: IHeaders = {
    ce_specversion: SPEC_VERSION,
    ce_id: event.eventId,
    ce_source: `${SOURCE_PREFIX}${context}`,
    ce_type: `${TYPE_PREFIX}${event.type}`,
    ce_subject: event.streamId,
    ce_time: event.recordedAt.toISOString(),
    'content-type': 'application/json',
    ce_streamversion: String(event.streamVersion),
    ce_globalposition: String(event.globalPosition),
    ce_transactionid: event.transactionId,
    ce_schemaversion: String(event.schemaVersion),
    ce_metadata: JSON.stringify(event.metadata),
  };
  if (typeof correlationId === 'string') headers.ce_correlationid = correlationId;
  if (typeof causationId === 'string') headers.ce_causationid = causationId;
  return {
    key: event.streamId,
    value: JSON.stringify(event.data),
    headers,
    timestamp: String(event.recordedAt.getTime()),
  };
}

export function fromKafkaMessage(message: Pick<KafkaMessage, 'headers' | 'value'>): EventEnvelope {
  const whole = (name: string): number => {
    const value = Number(header(name));
    if (!Number.isSafeInteger(value)) throw new MalformedCloudEventError(`${name} is not a whole number`);
    return value;
  };
  const header = (name: string): string => {
    const value = message.headers?.[name];
    const text = Array.isArray(value) ? value[0]?.toString() : value?.toString();
    if (text === undefined) throw new MalformedCloudEventError(`the ${name} header is missing`);
    return text;
  };
  if (header('ce_specversion') !== SPEC_VERSION)
    throw new MalformedCloudEventError('ce_specversion is not 1.0');
  const type = header('ce_type');
  const source = header('ce_source');
  if (!type.startsWith(TYPE_PREFIX) || !source.startsWith(SOURCE_PREFIX)) {
    throw new MalformedCloudEventError(`type ${type} from ${source} is not one of ours`);
  }
  if (message.value === null) throw new MalformedCloudEventError('the message has no data');
  let event: EventEnvelope;
  try {
    event = {
      context: source.slice(SOURCE_PREFIX.length),
      streamId: header('ce_subject'),
      streamVersion: whole('ce_streamversion'),
      globalPosition: whole('ce_globalposition'),
      transactionId: header('ce_transactionid'),
      eventId: header('ce_id'),
      type: type.slice(TYPE_PREFIX.length),
      schemaVersion: whole('ce_schemaversion'),
      data: JSON.parse(message.value.toString()),
      metadata: JSON.parse(header('ce_metadata')),
      recordedAt: new Date(header('ce_time')),
    };
  } catch (error) {
    if (error instanceof MalformedCloudEventError) throw error;
    throw new MalformedCloudEventError(
      `its JSON does not parse (${(error as Error).message})`,
      'malformed-json',
    );
  }
  if (Number.isNaN(event.recordedAt.getTime())) throw new MalformedCloudEventError('ce_time is not a time');
  return event;
}
