import { Inbox } from '@hyeopchi/messaging';
import { syntheticEvent } from '@hyeopchi/messaging/testing';
import { LogCapture, loggingContext, testDatabaseUrl, testPool, uniqueSchemaName } from '@hyeopchi/testing';
import { INestApplicationContext, Logger } from '@nestjs/common';
import { Pool } from 'pg';

/** An operator reading what a projection or process manager logged finds which event, caused by which command. */
describe('the log lines of a consumer applying an event', () => {
  const capture = new LogCapture();
  let app: INestApplicationContext;
  let pool: Pool;
  let inbox: Inbox;

  beforeAll(async () => {
    app = await loggingContext(capture);
    pool = testPool(testDatabaseUrl(), 4);
    inbox = await Inbox.open(pool, uniqueSchemaName('inbox_logs'));
  });
  afterAll(async () => {
    await pool?.end();
    await app?.close();
  });

  const event = (type: string) => {
    const envelope = syntheticEvent('civic', type, {}, { correlationId: 'chain-3' });
    envelope.metadata = { ...envelope.metadata, commandId: 'command-3', causationId: 'command-3' };
    return envelope;
  };

  it('carry the event, its command, correlation and causation, and the consumer', async () => {
    const logger = new Logger('Projections');
    const [supported, withdrawn] = [event('support.given.v1'), event('support.withdrawn.v1')];

    await inbox.processAll(
      {
        name: 'gateway.supports',
        handle: async (applied) => {
          await Promise.resolve();
          logger.log(`applying ${applied.type}`);
        },
      },
      [supported, withdrawn],
    );
    logger.log('waiting');

    for (const applied of [supported, withdrawn]) {
      expect(capture.withMessage(`applying ${applied.type}`)).toEqual(
        expect.objectContaining({
          consumer: 'gateway.supports',
          eventId: applied.eventId,
          eventType: applied.type,
          streamId: applied.streamId,
          commandId: 'command-3',
          correlationId: 'chain-3',
          causationId: 'command-3',
        }),
      );
    }
    expect(capture.withMessage('waiting')).not.toHaveProperty('eventId');
  });
});
