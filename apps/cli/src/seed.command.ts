import { loadConfiguration } from '@hyeopchi/config';
import { KafkaCommandSender } from '@hyeopchi/command-processing';
import { committeeAggregates } from '@hyeopchi/committee/contract';
import { seedMasterPlanFromStudy } from '@hyeopchi/committee/seeds';
import { Command } from 'commander';

/** Seeds reference data through the running services (distributed mode: it talks to them over Kafka). */
export function seedCommand(): Command {
  const seed = new Command('seed').description('seed reference data through the running services');
  seed
    .command('master-plan')
    .description(
      'adopt the master plan from the study (vision, 7 strategies, 8 pending issues); seeding again changes nothing',
    )
    .requiredOption('--from <time>', 'start of the plan period, ISO 8601 (the study states none)')
    .requiredOption('--to <time>', 'end of the plan period, ISO 8601')
    .option('--plan-id <id>', 'the plan id', 'governance-seoul')
    .action(async ({ from, to, planId }: { from: string; to: string; planId: string }) => {
      const config = loadConfiguration(process.env);
      if (!config.KAFKA_BROKERS) {
        throw new Error('seeding talks to the committee service over Kafka: set KAFKA_BROKERS');
      }
      const sender = await KafkaCommandSender.connect(config, committeeAggregates, { name: 'hyeopchi-seed' });
      try {
        const count = await seedMasterPlanFromStudy(sender, { planId, periodFrom: from, periodTo: to });
        console.log(`master plan ${planId}: ${count} commands accepted by the committee service`);
      } finally {
        await sender.close();
      }
    });
  return seed;
}
