import { hasPublicKeyFile, readSigningKey, writePublicKeyOf, writeSigningKeys } from '@hyeopchi/audit';
import { Command } from 'commander';
import { join } from 'node:path';

/** `npx hyeopchi keys generate`: the Ed25519 key pair that signs the audit checkpoints. */
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
    .option(
      '--if-absent',
      'keep a key already there (a deployment making its key on first start) rather than stop',
      false,
    )
    .action(async ({ out, ifAbsent }: { out: string; ifAbsent: boolean }) => {
      const privateFile = join(out, 'checkpoint-signing.key');
      let publicFile: string;
      try {
        publicFile = await writeSigningKeys(privateFile);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        if (!ifAbsent) throw new Error(`${privateFile} exists: move it away first, or choose another --out`);
        // a key that cannot sign would only be found out at the first checkpoint: say so now
        await readSigningKey(privateFile, 'hyeopchi');
        // a first start stopped between the two writes left the public half out
        if (!(await hasPublicKeyFile(privateFile))) await writePublicKeyOf(privateFile);
        console.log(`kept ${privateFile}, made before`);
        return;
      }
      console.log(`wrote ${privateFile} (keep it secret) and ${publicFile} (give it to auditors)`);
    });
  return keys;
}
