import { KafkaCommandSender } from '@hyeopchi/command-processing';
import { loadConfiguration } from '@hyeopchi/config';
import { ALL_AGGREGATES, registerDemoDepartments } from '@hyeopchi/platform';
import { ChaosTopology } from './topology';

/** Supports that open the department tier: low, so the router opens reviews under load. */
export const DEPARTMENT_TIER_AT = 5;
export const DEPARTMENTS = ['parks', 'transport'];

/** A proposal as DraftProposal (and the draftProposal mutation) takes it, asking both departments. */
export const chaosProposal = (proposalId: string) => ({
  proposalId,
  title: 'Shade canopies',
  body: 'Shade in three parks before the summer heat.',
  serves: ['strategy-5'],
  departments: DEPARTMENTS,
  district: 'Mapo-gu',
  organizationId: null,
});

/**
 * What an administrator sets up before citizens act (a threshold policy, the departments) and a few submitted
 * proposals to support, sent on the command topics as `npx hyeopchi seed` does. Returns the proposals' ids.
 */
export async function seedChaos(topology: ChaosTopology, run: string, proposals: number): Promise<string[]> {
  const sender = await KafkaCommandSender.connect(loadConfiguration(topology.env), ALL_AGGREGATES, {
    name: `chaos-seed-${run}`,
    timeoutMs: 30_000,
  });
  try {
    const send = async (actor: string, type: string, data: Record<string, unknown>) => {
      const reply = await sender.send('civic', { type, actor, data });
      if (!reply.ok) throw new Error(`${type}: ${reply.error.code} ${reply.error.message}`);
    };
    await send('admin', 'AdoptThresholdPolicy', {
      supportWindowDays: 365,
      tiers: [{ tier: 'department_answer', measure: 'supports', threshold: DEPARTMENT_TIER_AT }],
    });
    await registerDemoDepartments((request) => sender.send('civic', request));
    const ids = Array.from({ length: proposals }, (_, i) => `chaos-${run}-seed-${i}`);
    for (const proposalId of ids) {
      await send('author', 'DraftProposal', chaosProposal(proposalId));
      await send('author', 'SubmitProposal', { proposalId });
    }
    return ids;
  } finally {
    await sender.close();
  }
}
