import { publicKeyFileOf } from '@hyeopchi/audit';
import { openDatabase } from '@hyeopchi/event-infrastructure';
import { loadConfiguration } from '@hyeopchi/config';
import { CONTEXTS } from '@hyeopchi/context-names';
import { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import {
  domainChecks,
  exportAudit,
  VerificationFailure,
  VerifiedLog,
  verifyExport,
} from '@hyeopchi/audit-verifier';
import { globalPosition, serviceList } from './options';
import { progressBar } from './progress-bar';

/** `npx hyeopchi audit export|verify`: the decision history, for auditors who trust no one's database. */
export function auditCommand(): Command {
  const audit = new Command('audit').description(
    'export the signed event history, and verify an export offline',
  );
  audit
    .command('export')
    .description('write the events (NDJSON), the signed checkpoints, inclusion proofs and the public key')
    .requiredOption('--out <dir>', 'where to write the export')
    .option(
      '--service <names>',
      `services to export, separated by commas (default: ${CONTEXTS.join(',')})`,
      serviceList,
    )
    .option('--upto <position>', 'stop before the first event past this global position', globalPosition)
    .action(async (options: { out: string; service?: string[]; upto?: number }) => {
      const config = loadConfiguration(process.env);
      const database = await openDatabase(config, 'hyeopchi-audit-export');
      try {
        const manifest = await exportAudit({
          pool: database.pool,
          out: options.out,
          services: options.service ?? CONTEXTS,
          upto: options.upto,
          origin: (service) => `${config.AUDIT_ORIGIN}/${service}`,
          keyName: config.AUDIT_KEY_NAME,
          publicKeyFile: publicKeyFileOf(config.AUDIT_SIGNING_KEY_FILE),
          onProgress: (service, events) => {
            if (process.stderr.isTTY) process.stderr.write(`\rexporting ${service}: ${events} events`);
          },
        });
        if (process.stderr.isTTY) process.stderr.write('\n');
        for (const service of manifest.services) {
          console.log(`${service.name}: ${service.events} events, ${service.checkpoints} checkpoints`);
        }
        const events = manifest.services.reduce((sum, service) => sum + service.events, 0);
        const checkpoints = manifest.services.reduce((sum, service) => sum + service.checkpoints, 0);
        console.log(`exported ${events} events and ${checkpoints} checkpoints to ${options.out}`);
      } finally {
        await database.close();
      }
    });
  audit
    .command('verify')
    .description('check an export with no database and no network; exits non-zero on the first failure')
    .argument('<dir>', 'the export')
    .option('--public-key <file>', 'the public key you trust (default: the one in the export)')
    .option(
      '--checkpoint <file...>',
      'signed checkpoints you obtained yourself (published, or from the gateway): the export must reach each',
    )
    .option('--origin <prefix>', "the city's published origin prefix (default: the export's own)")
    .option(
      '--key-name <name>',
      "the signer's published name (default: the one the checkpoints' signature lines give with the key)",
    )
    .option(
      '--accept-unsigned-tail',
      'accept events after the latest checkpoint, which no signature covers (they are then only chained)',
    )
    .action(async (dir: string, options: VerifyOptions) => {
      if (!options.publicKey) {
        console.error(
          'note: using the public key inside the export; pass --public-key with the one the city published to trust it',
        );
      }
      const bar = progressBar('verifying');
      const result = await verifyExport({
        dir,
        publicKeyPem: options.publicKey && (await readFile(options.publicKey, 'utf8')),
        trustedCheckpoints: await Promise.all(
          (options.checkpoint ?? []).map((file) => readFile(file, 'utf8')),
        ),
        originPrefix: options.origin,
        keyName: options.keyName,
        acceptUnsignedTail: options.acceptUnsignedTail,
        checks: [domainChecks()],
        // the main thread parses and checks what the workers hashed; on two cores one worker beside it is best
        workers: Math.max(1, availableParallelism() - 1),
        onProgress: (done, total) => bar.update(done, total),
      });
      bar.end();
      if (!result.ok) {
        console.log(`FAILED: ${describeFailure(result.failure)}`);
        process.exitCode = 1;
        return;
      }
      for (const log of result.logs) console.log(describeLog(log));
      const missing = CONTEXTS.filter((service) => !result.logs.some(({ name }) => name === service));
      if (missing.length > 0) console.log(`note: the export holds no log of ${missing.join(', ')}`);
      console.log(
        `OK: ${result.events} events, ${result.checkpoints} checkpoints verified (${result.proofs} inclusion proofs)`,
      );
      if (result.unsigned > 0) {
        console.log(
          `accepted with --accept-unsigned-tail: ${result.unsigned} of these events are covered by no signature, only by their chains`,
        );
      }
    });
  return audit;
}

interface VerifyOptions {
  publicKey?: string;
  checkpoint?: string[];
  origin?: string;
  keyName?: string;
  acceptUnsignedTail?: boolean;
}

function describeLog(log: VerifiedLog): string {
  const signed = log.latestCheckpointTime
    ? `latest checkpoint ${log.latestCheckpointTime.toISOString()}`
    : 'no checkpoint';
  const tail =
    log.unsigned === 0
      ? ''
      : log.latestCheckpointTime
        ? `; ${log.unsigned} events after it, up to ${log.lastRecordedAt}, are chained but covered by no signature`
        : `; all ${log.unsigned} events are chained but covered by no signature`;
  return `${log.name} (${log.origin}): ${log.events} events, ${log.checkpoints} checkpoints, ${signed}${tail}`;
}

function describeFailure({ service, streamId, streamVersion, reason }: VerificationFailure): string {
  const where = streamId === undefined ? service : `${service} stream ${streamId} version ${streamVersion}`;
  return `${where}: ${reason}`;
}
