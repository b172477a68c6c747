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

  it('carries the trace context of the command that made the event as the distributed-tracing extension', () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const traced = { ...stored, metadata: { ...stored.metadata, traceparent, tracestate: 'city=mapo' } };
    const message = toKafkaMessage('civic', traced);
    expect(message.headers).toMatchObject({ ce_traceparent: traceparent });
    // an event stored before tracestate was dropped from metadata: its caller's free text goes no further
    expect(message.headers).not.toHaveProperty('ce_tracestate');
    expect(
      fromKafkaMessage({ headers: message.headers!, value: Buffer.from(message.value as string) }),
    ).toEqual({
      ...traced,
      context: 'civic',
    });
    // events stored before tracing, or while it was off, go as they always went
    expect(toKafkaMessage('civic', stored).headers).not.toHaveProperty('ce_traceparent');
    expect(toKafkaMessage('civic', stored).headers).not.toHaveProperty('ce_tracestate');
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
      'its ce_metadata is not valid JSON',
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

  // the parser's own message quotes the text, and the text is a citizen's data: letters and logs must not carry it
  it.each([
    ['{"name": "Kim Minji" x}', 'not a Hyeopchi CloudEvent: its data is not valid JSON (at position 21)'],
    ['Kim Minji', 'not a Hyeopchi CloudEvent: its data is not valid JSON'],
  ])('says where %j broke, without quoting it', (value, message) => {
    const decode = () => fromKafkaMessage({ headers: valid(), value: Buffer.from(value) });
    expect(decode).toThrow(expect.objectContaining({ reason: 'malformed-json', message }));
  });

  it('refuses a message without data', () => {
    expect(() => fromKafkaMessage({ headers: valid(), value: null })).toThrow('the message has no data');
  });
});
