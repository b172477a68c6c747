import { AuditRecord } from '@hyeopchi/audit';
import { VerificationFailure } from '../record-check';
import { json } from './replay';

/** What a record says exists (`fact`) in service `in`, which another record relies on. */
export interface Claim {
  in: string;
  fact: string;
  reason: string;
  /** When the claiming record was recorded. */
  at: string;
  where: VerificationFailure;
}

/**
 * What a record shows to other streams, and what it needs them to show: a review is opened by its proposal's
 * department tier, a forum-tier docket entry by the public-forum tier, a referral docket entry by a review that
 * referred the proposal, an agenda item by its docket entry, and a proposal's policy by an adoption of it. A
 * proposal moves between spaces by a committee's decision to move it there, and is on the docket of the space it
 * moved to by that move.
 */
export function crossStream(service: string, { type, data }: AuditRecord) {
  const d = data as Mentions;
  const tier = (proposalId: string, name: string) => `tier ${proposalId} ${name}`;
  const policy = (value: unknown) => `policy ${json(value)}`;
  const facts: string[] = [];
  const claims: Omit<Claim, 'where' | 'at'>[] = [];
  const needs = (where: string, fact: string, reason: string) => claims.push({ in: where, fact, reason });
  if (service === 'civic' && type === 'threshold_policy.adopted.v1') {
    facts.push(policy({ version: d.version, supportWindowDays: d.supportWindowDays, tiers: d.tiers }));
  }
  if (service === 'civic' && type === 'proposal.submitted.v1') {
    const { version } = d.policy;
    needs(
      'civic',
      policy(d.policy),
      `proposal ${d.proposalId} carries policy version ${version} with rules that no adoption of version ${version} records`,
    );
  }
  if (service === 'civic' && type === 'proposal.tier_reached.v1') {
    facts.push(
      tier(d.proposalId, d.tier),
      ...d.departments.map((dept) => tier(d.proposalId, `${d.tier} ${dept}`)),
    );
  }
  if (service === 'department' && type === 'review.opened.v1') {
    needs(
      'civic',
      tier(d.proposalId, `department_answer ${d.department}`),
      `review ${d.reviewId} opens for ${d.department}, but proposal ${d.proposalId} never reached tier department_answer asking it`,
    );
  }
  if (service === 'department' && type === 'review.answered.v1' && d.outcome === 'referred_to_committee') {
    facts.push(`referral ${d.proposalId} ${d.reviewId}`);
  }
  const move = (decisionId: string) => `move ${d.proposalId} ${decisionId} ${d.toSpaceId}`;
  if (service === 'committee' && type === 'session.decision_recorded.v1' && d.toSpaceId) {
    facts.push(move(d.decisionId));
  }
  if (service === 'civic' && (type === 'proposal.referred.v1' || type === 'proposal.delegated.v1')) {
    facts.push(`moved ${d.proposalId} ${d.decisionId}`);
    needs(
      'committee',
      move(d.decisionId),
      `proposal ${d.proposalId} moves to ${d.toSpaceId} by decision ${d.decisionId}, which did not move it there`,
    );
  }
  if (service === 'committee' && type === 'docket.item_proposed.v1') {
    facts.push(`docket ${d.proposalId} ${d.source}`);
    if (d.source === 'district_referral' || d.source === 'city_delegation') {
      needs(
        'civic',
        `moved ${d.proposalId} ${d.reference}`,
        `proposal ${d.proposalId} is on ${d.spaceId}'s docket by ${d.source} of decision ${d.reference}, which did not move it`,
      );
    } else if (d.source === 'forum_tier') {
      needs(
        'civic',
        tier(d.proposalId, 'public_forum'),
        `proposal ${d.proposalId} is on the docket by the forum tier, but never reached tier public_forum`,
      );
    } else {
      needs(
        'department',
        `referral ${d.proposalId} ${d.reference}`,
        `proposal ${d.proposalId} is on the docket by a referral of review ${d.reference}, which did not refer it`,
      );
    }
  }
  if (service === 'committee' && type === 'session.agenda_item_added.v1') {
    needs(
      'committee',
      `docket ${d.proposalId} ${d.source}`,
      `agenda item ${d.itemId} puts proposal ${d.proposalId} on the agenda by ${d.source}, but the docket does not hold it so`,
    );
  }
  return { facts, claims };
}

/** The fields of the events `crossStream` reads; each event has some of them. */
interface Mentions {
  proposalId: string;
  reviewId: string;
  itemId: string;
  department: string;
  departments: string[];
  tier: string;
  outcome: string;
  source: string;
  reference: string;
  decisionId: string;
  spaceId: string;
  toSpaceId: string | null;
  version: number;
  supportWindowDays: number;
  tiers: unknown;
  policy: { version: number };
}

/**
 * Whether the export of service `in` must hold what the claim needs. Services are exported one after another, and
 * `--upto` cuts each log at a position of its own, so a later service's export can hold events caused by ones past
 * the end of an earlier service's. What a record needs was recorded before it, and the export of a service holds
 * everything recorded before its last record (recordedAt is the log's clock; positions and transaction ids follow
 * it): so a claim recorded by that time is judged, one recorded later is not.
 *
 * Hazard: this assumes all services' logs share one PostgreSQL clock, as they share one database today.
 */
export function judgeable(claim: Claim, lastThere: AuditRecord | undefined): boolean {
  // recordedAt is fixed-width UTC text (microseconds, Z): its order is the time order
  return lastThere !== undefined && claim.at <= lastThere.recordedAt;
}
