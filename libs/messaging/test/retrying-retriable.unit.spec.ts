import { retryingRetriable } from '@hyeopchi/messaging';
import { KafkaJSNonRetriableError, KafkaJSProtocolError } from 'kafkajs';

/** What a fresh broker answers while its group coordinator loads (error code 16). */
function notCoordinator(): KafkaJSProtocolError {
  // kafkajs builds it from the protocol's error table entry, as its typings do not say
  const entry = { type: 'NOT_COORDINATOR_FOR_GROUP', code: 16, retriable: true };
  return new KafkaJSProtocolError(
    Object.assign(new Error('This is not the correct coordinator for this group'), entry),
  );
}

describe('retryingRetriable', () => {
  it('asks again while the broker answers with a retriable error, and returns the answer', async () => {
    let asked = 0;
    const answer = await retryingRetriable(async () => {
      asked++;
      if (asked < 3) throw notCoordinator();
      return 'offsets';
    });
    expect(answer).toBe('offsets');
    expect(asked).toBe(3);
  });

  it('passes on an error that is not retriable at once', async () => {
    let asked = 0;
    const refused = new KafkaJSNonRetriableError('The consumer group must have no running instances');
    await expect(
      retryingRetriable(async () => {
        asked++;
        throw refused;
      }),
    ).rejects.toBe(refused);
    expect(asked).toBe(1);
  });

  it('gives up with the last error once its time is up', async () => {
    let asked = 0;
    await expect(
      retryingRetriable(async () => {
        asked++;
        throw notCoordinator();
      }, 250),
    ).rejects.toThrow('not the correct coordinator');
    expect(asked).toBeGreaterThan(1);
  });
});
