import { chooseLogFormat, withLogContext } from '@hyeopchi/observability';
import { LogCapture, loggingContext } from '@hyeopchi/testing';
import { INestApplicationContext, Logger } from '@nestjs/common';
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';

describe('structured logs', () => {
  const capture = new LogCapture();
  let app: INestApplicationContext;

  beforeAll(async () => (app = await loggingContext(capture)));
  afterEach(() => capture.clear());
  afterAll(() => app.close());

  it('writes each Logger call as one JSON line with its level, message, context and time', () => {
    new Logger('Relays').warn('the broker does not answer');

    expect(capture.withMessage('the broker does not answer')).toEqual(
      expect.objectContaining({ level: 'warn', context: 'Relays', time: expect.any(String) }),
    );
    expect(
      new Date(capture.withMessage('the broker does not answer').time as string).getTime(),
    ).not.toBeNaN();
  });

  it('puts the ids of the command being handled on every line written meanwhile, however deep, and only then', async () => {
    const logger = new Logger('Commands');
    const deepInside = async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      logger.log('appending');
    };
    await Promise.all([
      withLogContext(
        { commandId: 'command-1', correlationId: 'chain-1', causationId: 'event-0' },
        deepInside,
      ),
      withLogContext(
        { commandId: 'command-2', correlationId: 'chain-2', causationId: 'command-2' },
        deepInside,
      ),
    ]);
    logger.log('idle');

    const appending = capture.lines().filter((line) => line.msg === 'appending');
    expect(appending).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ commandId: 'command-1', correlationId: 'chain-1', causationId: 'event-0' }),
        expect.objectContaining({
          commandId: 'command-2',
          correlationId: 'chain-2',
          causationId: 'command-2',
        }),
      ]),
    );
    expect(capture.withMessage('idle')).not.toHaveProperty('commandId');
  });

  it('keeps the event a process manager reacts to on the lines of the command it sends', () => {
    withLogContext({ eventId: 'event-9', consumer: 'committee.agenda', correlationId: 'chain-9' }, () =>
      withLogContext({ commandId: 'command-9', causationId: 'event-9' }, () =>
        new Logger('Commands').log('deciding'),
      ),
    );

    expect(capture.withMessage('deciding')).toEqual(
      expect.objectContaining({
        eventId: 'event-9',
        consumer: 'committee.agenda',
        commandId: 'command-9',
        correlationId: 'chain-9',
        causationId: 'event-9',
      }),
    );
  });

  it('names the active OpenTelemetry span, and no span when none is active', () => {
    const manager = new AsyncLocalStorageContextManager().enable();
    context.setGlobalContextManager(manager);
    try {
      const span = trace.wrapSpanContext({
        traceId: '0af7651916cd43dd8448eb211c80319c',
        spanId: 'b7ad6b7169203331',
        traceFlags: 1,
      });
      context.with(trace.setSpan(context.active(), span), () => new Logger('Gateway').log('traced'));
      new Logger('Gateway').log('untraced');
    } finally {
      context.disable();
    }

    expect(capture.withMessage('traced')).toEqual(
      expect.objectContaining({ trace_id: '0af7651916cd43dd8448eb211c80319c', span_id: 'b7ad6b7169203331' }),
    );
    expect(capture.withMessage('untraced')).not.toHaveProperty('trace_id');
  });

  it('censors secrets and personal data in whatever object is logged', () => {
    const secrets = {
      authorization: 'Bearer abc.def.ghi',
      password: 'hunter2',
      nested: { token: 'tok-123', Authorization: 'Bearer jkl.mno.pqr' },
      headers: { upstream: { Cookie: 'session=s3cr3t', SECRET: 'sh-456', JWT: 'ey.J.wt' } },
    };
    new Logger('Edge').log(secrets, 'signing in');

    const raw = capture.raw.join('');
    expect(raw).toContain('signing in');
    for (const secret of [
      'abc.def.ghi',
      'hunter2',
      'tok-123',
      'jkl.mno.pqr',
      's3cr3t',
      'sh-456',
      'ey.J.wt',
    ]) {
      expect(raw).not.toContain(secret);
    }
    expect(capture.withMessage('signing in')).toEqual(
      expect.objectContaining({
        authorization: '[redacted]',
        password: '[redacted]',
        nested: { token: '[redacted]', Authorization: '[redacted]' },
        headers: { upstream: { Cookie: '[redacted]', SECRET: '[redacted]', JWT: '[redacted]' } },
      }),
    );
  });
});

describe('the log format', () => {
  it('is the one asked for', () => {
    expect(chooseLogFormat('json', { NODE_ENV: 'development' }, true)).toBe('json');
    expect(chooseLogFormat('pretty', { NODE_ENV: 'production' }, false)).toBe('pretty');
  });

  it('is pretty for a person: in development, or on a terminal outside production', () => {
    expect(chooseLogFormat(undefined, { NODE_ENV: 'development' }, false)).toBe('pretty');
    expect(chooseLogFormat(undefined, {}, true)).toBe('pretty');
  });

  it('is JSON lines for a collector: in production, or when the output is not a terminal', () => {
    expect(chooseLogFormat(undefined, { NODE_ENV: 'production' }, true)).toBe('json');
    expect(chooseLogFormat(undefined, {}, false)).toBe('json');
  });
});
