import { Command } from 'commander';
import { startStandalone } from '@hyeopchi/platform';
import { auditCommand } from './audit.command';
import { deadLettersCommand } from './dead-letters.command';
import { exportCommand } from './export.command';
import { keysCommand } from './keys.command';
import { migrateCommand } from './migrate.command';
import { projectionsCommand } from './projections.command';
import { relayCommand } from './relay.command';
import { seedCommand } from './seed.command';
import { tokenCommand } from './token.command';

/** `npx hyeopchi …`: one entry point; later issues add their subcommands here. */
export function hyeopchiProgram(): Command {
  const program = new Command('hyeopchi')
    .description('Hyeopchi (협치): event-sourced collaborative governance')
    .showHelpAfterError();
  program
    .command('start')
    .description(
      'run the whole platform in one process (embedded PostgreSQL and in-process bus unless configured)',
    )
    .action(startStandalone);
  program.addCommand(auditCommand());
  program.addCommand(deadLettersCommand());
  program.addCommand(exportCommand());
  program.addCommand(keysCommand());
  program.addCommand(migrateCommand());
  program.addCommand(projectionsCommand());
  program.addCommand(relayCommand());
  program.addCommand(seedCommand());
  program.addCommand(tokenCommand());
  return program;
}

if (require.main === module) {
  hyeopchiProgram()
    .parseAsync(process.argv)
    .catch((error: unknown) => {
      console.error(`hyeopchi: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
