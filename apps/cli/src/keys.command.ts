import { writeSigningKeys } from '@hyeopchi/audit';
import { Command } from 'commander';
import { join } from 'node:path';

/** `npx hyeopchi keys generate`: the Ed25519 key pair that signs the audit checkpoints, for development. */
export function keysCommand(): Command {
  const keys = new Command('keys').description('keys of the audit trail');
  keys
    .command('generate')
    .description(
      'make an Ed25519 key pair for signing checkpoints (the private key readable by its owner only)',
    )
    .option(
      '--out <dir>',
      'where to write checkpoint-signing.key and checkpoint-signing.pub',
      'data/audit-keys',
    )
    .action(async ({ out }: { out: string }) => {
      const privateFile = join(out, 'checkpoint-signing.key');
      let publicFile: string;
      try {
        publicFile = await writeSigningKeys(privateFile);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new Error(`${privateFile} exists: move it away first, or choose another --out`);
        }
        throw error;
      }
      console.log(`wrote ${privateFile} (keep it secret) and ${publicFile} (give it to auditors)`);
    });
  return keys;
}
