import { RecordedEvent } from '@hyeopchi/event-store';
import {
  MalformedCloudEventError,
  PoisonReason,
  fromKafkaMessage,
  toKafkaMessage,
} from '@hyeopchi/messaging';
import { IHeaders } from 'kafkajs';

const stored: RecordedEvent = {
  streamId: 'proposal-7',
  streamVersion: 3,
  globalPosition: 1042,
  transactionId: '98765',
  eventId: '0b9f4a0e-3c1b-4a8e-9d59-4d8c8f2f3a11',
  type: 'proposal.supported.v1',
  schemaVersion: 2,
  data: { supporter: 'citizen-12', at: '2026-11-27' },
  metadata: { actor: 'citizen-12', role: 'citizen', correlationId: 'c-7', causationId: 'cmd-9' },
  recordedAt: new Date('2026-11-27T10:00:00.123Z'),
};

describe('CloudEvents in Kafka binary content mode', () => {
  it('round-trips a stored event with its context', () => {
    const message = toKafkaMessage('civic', stored);
    expect(
      fromKafkaMessage({ headers: message.headers!, value: Buffer.from(message.value as string) }),
    ).toEqual({
      ...stored,
      context: 'civic',
    });
  });

  it('leaves the correlation and causation extensions out when the metadata has none', () => {
    const { headers } = toKafkaMessage('civic', { ...stored, metadata: { actor: 'admin-1' } });
    expect(headers).not.toHaveProperty('ce_correlationid');
    expect(headers).not.toHaveProperty('ce_causationid');
  });

  const valid = () => toKafkaMessage('civic', stored).headers as Record<string, string>;
  it.each<[string, (headers: Record<string, string>) => IHeaders, string, PoisonReason]>([
    ['a missing id', ({ ce_id: _, ...rest }) => rest, 'the ce_id header is missing', 'not-a-cloud-event'],
    [
      'another spec version',
      (headers) => ({ ...headers, ce_specversion: '0.3' }),
      'ce_specversion is not 1.0',
      'not-a-cloud-event',
    ],
    [
      'a foreign type',
      (headers) => ({ ...headers, ce_type: 'com.example.thing' }),
      'is not one of ours',
      'not-a-cloud-event',
    ],
    [
      'a stream version that is not a number',
      (headers) => ({ ...headers, ce_streamversion: 'three' }),
      'ce_streamversion is not a whole number',
      'not-a-cloud-event',
    ],
    [
      'metadata that is not JSON',
      (headers) => ({ ...headers, ce_metadata: '{' }),
      'its JSON does not parse',
      'malformed-json',
    ],
    [
      'a time that is not one',
      (headers) => ({ ...headers, ce_time: 'noon' }),
      'ce_time is not a time',
      'not-a-cloud-event',
    ],
  ])('refuses a message with %s, as poison', (_what, alter, message, reason) => {
    const decode = () => fromKafkaMessage({ headers: alter(valid()), value: Buffer.from('{}') });
    expect(decode).toThrow(MalformedCloudEventError);
    expect(decode).toThrow(message);
    expect(decode).toThrow(expect.objectContaining({ reason }));
  });

  it('refuses data that is not JSON as malformed', () => {
    const decode = () => fromKafkaMessage({ headers: valid(), value: Buffer.from('{"supporter": ') });
    expect(decode).toThrow(expect.objectContaining({ reason: 'malformed-json' }));
  });

  it('refuses a message without data', () => {
    expect(() => fromKafkaMessage({ headers: valid(), value: null })).toThrow('the message has no data');
  });
});
