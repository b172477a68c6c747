import { generateSigningKeys } from '@hyeopchi/audit';
import { Command } from 'commander';
import { mkdir, writeFile } from 'node:fs/promises';
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
      const { privateKeyPem, publicKeyPem } = generateSigningKeys();
      await mkdir(out, { recursive: true });
      const privateFile = join(out, 'checkpoint-signing.key');
      const publicFile = join(out, 'checkpoint-signing.pub');
      try {
        // never over a key that signed checkpoints already: their verifiers hold its public half
        await writeFile(privateFile, privateKeyPem, { mode: 0o600, flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new Error(`${privateFile} exists: move it away first, or choose another --out`);
        }
        throw error;
      }
      await writeFile(publicFile, publicKeyPem);
      console.log(`wrote ${privateFile} (keep it secret) and ${publicFile} (give it to auditors)`);
    });
  return keys;
}
