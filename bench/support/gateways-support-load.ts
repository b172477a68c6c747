import { SupportLoadOptions, supportThroughGateways } from '@hyeopchi/testing';
import { nowMs, round, summarise } from './stats';

export interface GatewaysSupportResult {
  accepted: number;
  perSec: number;
  p50Ms: number;
  p99Ms: number;
  refused: number;
  sentAgain: number;
}

/**
 * The scale-out bench's clients, in a process of their own: `node gateways-support-load.js <json options>` prints
 * one JSON line with the figures of supports accepted through the gateways.
 */
async function run(options: SupportLoadOptions): Promise<GatewaysSupportResult> {
  const started = nowMs();
  const answered = await supportThroughGateways(options);
  const seconds = (nowMs() - started) / 1000;
  const accepted = answered.filter((support) => support.code === null);
  const { p50, p99 } = summarise(accepted.map((support) => support.latencyMs));
  return {
    accepted: accepted.length,
    perSec: round(accepted.length / seconds, 1),
    p50Ms: p50,
    p99Ms: p99,
    refused: answered.length - accepted.length,
    sentAgain: answered.reduce((sum, support) => sum + support.attempts - 1, 0),
  };
}

if (require.main === module) {
  run(JSON.parse(process.argv[2]) as SupportLoadOptions).then(
    (result) => console.log(JSON.stringify(result)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
