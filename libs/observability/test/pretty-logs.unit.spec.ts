import { withLogContext } from '@hyeopchi/observability';
import { LogCapture, loggingContext } from '@hyeopchi/testing';
import { Logger } from '@nestjs/common';

// a file of its own: nestjs-pino keeps the first logger a process made (see loggingContext)
describe('pretty logs', () => {
  it('pretty prints one readable line per entry, with the ids', async () => {
    const capture = new LogCapture();
    const app = await loggingContext(capture, 'pretty');
    try {
      withLogContext({ commandId: 'command-1' }, () => new Logger('Commands').log('deciding'));
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      await app.close();
    }
    const line = capture.raw.join('');
    expect(line).toMatch(/INFO: \[Commands\] deciding/);
    expect(line).toContain('command-1');
    expect(() => JSON.parse(line)).toThrow();
  });
});
