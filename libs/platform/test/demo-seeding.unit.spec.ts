import { CommandReply, CommandRequest, CommandSender } from '@hyeopchi/command-processing';
import { DemoSeeding } from '../src/standalone/demo-seeding';

/** Accepts every command, each only when the test releases it. */
class HeldSender implements CommandSender {
  readonly sent: CommandRequest[] = [];
  private release?: () => void;
  private sending?: () => void;

  send(_context: string, request: CommandRequest): Promise<CommandReply> {
    this.sent.push(request);
    this.sending?.();
    return new Promise((done) => {
      this.release = () =>
        done({
          ok: true,
          commandId: request.commandId ?? 'unnamed',
          streamId: 'stream',
          streamVersion: 1,
          globalPosition: null,
          eventTypes: [],
        });
    });
  }

  /** Resolves once a command waits for its release. */
  commandWaiting(): Promise<void> {
    return this.release ? Promise.resolve() : new Promise((done) => (this.sending = done));
  }

  releaseOne(): void {
    const release = this.release!;
    this.release = undefined;
    release();
  }
}

const settled = () => new Promise((done) => setImmediate(done));

describe('the demo seeding of the standalone platform', () => {
  it('sends no command once shutdown begins, and lets shutdown go on only after the one in flight', async () => {
    const sender = new HeldSender();
    const seeding = new DemoSeeding(sender);
    seeding.onApplicationBootstrap();
    for (let command = 1; command < 3; command++) {
      await sender.commandWaiting();
      sender.releaseOne();
    }
    await sender.commandWaiting();
    expect(sender.sent).toHaveLength(3);

    let shutdownWent = false;
    const shutdown = seeding.beforeApplicationShutdown().then(() => (shutdownWent = true));
    await settled();
    expect(shutdownWent).toBe(false);

    sender.releaseOne();
    await shutdown;
    await settled();
    expect(sender.sent).toHaveLength(3);
  });
});
