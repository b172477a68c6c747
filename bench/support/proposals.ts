import { CommandSender } from '@hyeopchi/command-processing';
import { registerDemoDepartments } from '@hyeopchi/platform';
import { proposalDraft } from '@hyeopchi/testing';

export const benchProposalId = (i: number) => `bench-${i}`;

/** A department tier no bench's supports reach. */
const OUT_OF_REACH = 10_000_000;

/**
 * Submitted proposals to support, under a policy whose department tier is out of reach unless `departmentTierAt`
 * says otherwise: a bench measures the path it names, not the process managers a tier would wake.
 */
export async function prepareProposals(
  sender: CommandSender,
  count: number,
  departmentTierAt = OUT_OF_REACH,
): Promise<void> {
  const send = (actor: string, type: string, data: Record<string, unknown>) =>
    sender.send('civic', { type, actor, data }).then((reply) => {
      if (!reply.ok) throw new Error(`${type}: ${reply.error.message}`);
    });
  await send('admin', 'AdoptThresholdPolicy', {
    supportWindowDays: 365,
    tiers: [{ tier: 'department_answer', measure: 'supports', threshold: departmentTierAt }],
  });
  await registerDemoDepartments((request) => sender.send('civic', request));
  for (let i = 0; i < count; i++) {
    await send('author', 'DraftProposal', proposalDraft(benchProposalId(i)));
    await send('author', 'SubmitProposal', { proposalId: benchProposalId(i) });
  }
}
