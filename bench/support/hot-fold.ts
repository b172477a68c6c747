import { AuditRecord } from '@hyeopchi/audit';
import { domainChecks } from '@hyeopchi/audit-verifier';
import { ProposalCommand, ProposalEvent, ProposalState, proposalDecider } from '@hyeopchi/civic/domain';
import { fold } from '@hyeopchi/domain-kernel';
import { proposalDraft } from '@hyeopchi/testing';
import { nowMs, round } from './stats';

/** What one popular proposal costs the domain, without the store or the network around it. */
export interface FoldFigures {
  supports: number;
  /** Deciding each support on the state the ones before left, then folding it in: the command path's domain work. */
  decideEachMs: number;
  /** Folding the whole stream from its first event: what a command cost before the state was cached. */
  foldMs: number;
  /** The offline verifier's replay of the stream, deciding every support again from the state before it. */
  replayMs: number;
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 9, minute));
const policy = {
  version: 1,
  supportWindowDays: 30,
  tiers: [
    { tier: 'department_answer' as const, measure: 'supports' as const, threshold: 1_000 },
    { tier: 'public_forum' as const, measure: 'supports' as const, threshold: 50_000 },
    { tier: 'mayor_answer' as const, measure: 'forum_participants' as const, threshold: 1_000 },
  ],
};

export function measureFold(supports: number): FoldFigures {
  const proposalId = 'hot';
  const command = (type: ProposalCommand['type'], actor: string, data: object) =>
    ({ type, data: { proposalId, ...data }, metadata: { now: at(1), actor } }) as ProposalCommand;
  const opening: ProposalCommand[] = [
    command('DraftProposal', 'author', {
      ...proposalDraft(proposalId),
      organizationMembers: [],
      departmentSpaces: { parks: 'seoul' },
    }),
    command('SubmitProposal', 'author', { policy, organizationMembers: [] }),
  ];
  const events: ProposalEvent[] = [];
  let state: ProposalState = proposalDecider.initialState;
  const decideInTurn = (next: ProposalCommand) => {
    for (const event of proposalDecider.decide(next, state)) {
      events.push(event);
      state = proposalDecider.evolve(state, event);
    }
  };
  opening.forEach(decideInTurn);
  const decideStarted = nowMs();
  for (let citizen = 0; citizen < supports; citizen++) {
    decideInTurn(command('SupportProposal', `citizen-${citizen}`, {}));
  }
  const decideEachMs = nowMs() - decideStarted;

  const foldStarted = nowMs();
  fold(proposalDecider, events);
  const foldMs = nowMs() - foldStarted;

  const records = events.map(
    (event, index) =>
      ({
        ...event,
        streamId: `proposal-${proposalId}`,
        streamVersion: index + 1,
        metadata: {},
      }) as unknown as AuditRecord,
  );
  const checks = domainChecks();
  const replayStarted = nowMs();
  for (const record of records) {
    const failure = checks.observe('civic', record);
    if (failure) throw new Error(`the replay refused the bench's own stream: ${JSON.stringify(failure)}`);
  }
  const replayMs = nowMs() - replayStarted;
  return {
    supports,
    decideEachMs: round(decideEachMs, 1),
    foldMs: round(foldMs, 1),
    replayMs: round(replayMs, 1),
  };
}
