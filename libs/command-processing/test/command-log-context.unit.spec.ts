import { CommandDispatcher, CommandExecutor, randomIds } from '@hyeopchi/command-processing';
import { civicService } from '@hyeopchi/civic/service';
import { InMemoryEventStore } from '@hyeopchi/event-store';
import { LogCapture, loggingContext } from '@hyeopchi/testing';
import { INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';

/** An operator reading a failed command's log line finds which command, in which chain, caused by what. */
describe('the log lines of a command', () => {
  const capture = new LogCapture();
  let app: INestApplicationContext;

  beforeAll(async () => (app = await loggingContext(capture)));
  afterAll(() => app.close());

  it('carry its command, correlation and causation ids', async () => {
    const store = new InMemoryEventStore();
    store.appendToStream = () => Promise.reject(new Error('the connection was lost'));
    const executor = new CommandExecutor(new Map([['civic', store]]), { now: () => new Date() }, randomIds);
    const dispatcher = new CommandDispatcher(executor, civicService.routes);
    const commandId = randomUUID();

    const reply = await dispatcher.dispatch({
      type: 'RegisterOrganization',
      data: { organizationId: 'org-1', name: '마포 시민 네트워크', district: 'Mapo-gu' },
      actor: 'kim',
      commandId,
      correlationId: 'chain-7',
      causationId: 'event-6',
    });

    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const failure = capture.lines().find((line) => line.level === 'error');
    expect(failure).toEqual(
      expect.objectContaining({
        context: 'Commands',
        commandId,
        commandType: 'RegisterOrganization',
        correlationId: 'chain-7',
        causationId: 'event-6',
      }),
    );
    expect(failure!.msg).toContain('failed');
  });
});
