import { COMMAND_SENDER, CommandSender } from '@hyeopchi/command-processing';
import { seedDemo } from '../demo-seed';
import { BeforeApplicationShutdown, Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';

const logger = new Logger('Hyeopchi');

/**
 * Seeds the demo city in the background while the platform answers, and stops sending its commands once shutdown
 * begins: the last audit checkpoint is signed after this, and a command that landed later would leave events no
 * checkpoint covers. The seed's commands are idempotent, so the next start finishes an interrupted seed.
 */
export class DemoSeeding implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private stopping = false;
  private seeding?: Promise<void>;

  constructor(@Inject(COMMAND_SENDER) private readonly sender: CommandSender) {}

  onApplicationBootstrap(): void {
    const untilShutdown: CommandSender = {
      send: (context, request) =>
        this.stopping
          ? Promise.reject(new Error('the platform is stopping'))
          : this.sender.send(context, request),
    };
    this.seeding = seedDemo(untilShutdown).then(
      (count) => logger.log(`demo city seeded (${count} commands; SEED_DEMO=false leaves it out)`),
      (error: unknown) =>
        this.stopping
          ? logger.log('demo city seeding stopped by the shutdown; the next start finishes it')
          : logger.error(`the demo city could not be seeded: ${String(error)}`),
    );
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.seeding;
  }
}
