import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, EntityManager, Index, PrimaryColumn, SelectQueryBuilder } from 'typeorm';
import { DateTime } from '@hyeopchi/gateway-kit';

@ObjectType({
  description: 'A support tier a proposal reached, under the threshold policy it was submitted with.',
})
export class TierReached {
  @Field({ description: 'department_answer, public_forum or mayor_answer.' })
  tier!: string;

  @Field({ description: 'What was counted: supports or forum_participants.' })
  measure!: string;

  @Field(() => Int, { description: 'The threshold of the tier.' })
  threshold!: number;

  @Field(() => Int, { description: 'The count when the tier was reached.' })
  count!: number;

  @Field(() => DateTime, { description: 'When the tier was reached.' })
  reachedAt!: string;
}

@ObjectType({ description: "A department's answer as the proposal received it." })
export class AnswerReceived {
  @Field({ description: 'The review that answered.' })
  reviewId!: string;

  @Field({ description: 'The department that answered.' })
  department!: string;

  @Field({ description: 'accepted, partially_accepted, rejected or referred_to_committee.' })
  outcome!: string;

  @Field(() => DateTime, { description: 'When the answer reached the proposal.' })
  receivedAt!: string;
}

/**
 * Where a proposal stands, as people read it. `stage` orders the statuses: a later event from another service
 * (an answer, a decision) never moves a proposal back, whichever order the services' events arrive in.
 */
export const PROPOSAL_STAGES = {
  draft: 0,
  collecting_support: 1,
  under_review: 2,
  answered: 3,
  on_committee_agenda: 4,
  decided: 5,
  implementing: 6,
  implemented: 7,
  withdrawn: 100,
} as const;
export type ProposalStatus = keyof typeof PROPOSAL_STAGES;
export const ProposalStatus = Object.fromEntries(
  Object.keys(PROPOSAL_STAGES).map((status) => [status, status]),
) as { [status in ProposalStatus]: status };
registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description:
    'Where a proposal stands, in the order proposals move through (withdrawn ends it at any point).',
});

@ObjectType({
  description: 'A proposal from a citizen or a civil society organization, with its whole journey.',
})
@Entity('proposals')
// lists are newest first, alone or by status or district; arrays are searched by containment
@Index('proposals_newest', ['draftedAt', 'id'], { where: 'title IS NOT NULL' })
@Index('proposals_status_newest', ['status', 'draftedAt', 'id'])
@Index('proposals_district_newest', ['district', 'draftedAt', 'id'])
@Index('proposals_space_newest', ['spaceId', 'draftedAt', 'id'])
@Index('proposals_serves', ['serves'], { type: 'gin' })
@Index('proposals_departments', ['departments'], { type: 'gin' })
@Index('proposals_policy_version', ['policyVersion'])
// an expression index TypeORM cannot declare: proposalSearchSql creates it
@Index('proposals_text_grams', { synchronize: false })
export class Proposal {
  @Field({ description: 'Its id.' })
  @PrimaryColumn('text')
  id!: string;

  /** Null until its drafted event is projected (another service's event may arrive first). */
  @Field({ description: 'Its title.' })
  @Column('text', { nullable: true })
  title!: string;

  @Field({ description: 'What it proposes and why.' })
  @Column('text', { nullable: true })
  body!: string;

  @Field({
    description:
      'The id of the space where it is decided now: where it was drafted, until a committee referred it up or delegated it down; `space` names it.',
  })
  @Column('text', { name: 'space_id', nullable: true })
  spaceId!: string;

  /** The space whose threshold policy it was submitted under: where it was when submitted. */
  @Column('text', { name: 'policy_space_id', nullable: true })
  policySpaceId!: string | null;

  @Field({ description: 'Who drafted it (subject id).' })
  @Column('text', { name: 'author_id', nullable: true })
  authorId!: string;

  @Field(() => String, { nullable: true, description: 'The organization it was drafted for, if any.' })
  @Column('text', { name: 'organization_id', nullable: true })
  organizationId!: string | null;

  @Field(() => [String], { description: 'The master plan strategies and policies it serves.' })
  @Column('text', { array: true, default: () => "'{}'" })
  serves!: string[];

  @Field(() => [String], { description: 'The departments asked to answer it; the first one leads.' })
  @Column('text', { array: true, default: () => "'{}'" })
  departments!: string[];

  @Field({
    description:
      'The district it concerns, as written: a district id (Mapo-gu) since the directory; `districtInDirectory` names it.',
  })
  @Column('text', { nullable: true })
  district!: string;

  @Field(() => ProposalStatus, { description: 'Where it stands.' })
  @Column('text', { default: 'draft' })
  status!: ProposalStatus;

  @Column('int', { default: 0 })
  stage!: number;

  @Field(() => Int, { description: 'Supports now (withdrawn supports are not counted).' })
  @Column('int', { default: 0 })
  supports!: number;

  @Field(() => Int, { description: 'Forum participants recorded so far.' })
  @Column('int', { name: 'forum_participants', default: 0 })
  forumParticipants!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The threshold policy version it was submitted under; null while a draft.',
  })
  @Column('int', { name: 'policy_version', nullable: true })
  policyVersion!: number | null;

  /** The supports thresholds of the policy it was submitted under. */
  @Column('int', { name: 'support_thresholds', array: true, default: () => "'{}'" })
  supportThresholds!: number[];

  @Field(() => Int, {
    nullable: true,
    description:
      'Supports needed for the next tier counted in supports, under its policy; null when none is left.',
  })
  get nextSupportThreshold(): number | null {
    const ahead = this.supportThresholds.filter((threshold) => threshold > this.supports);
    return ahead.length > 0 ? Math.min(...ahead) : null;
  }

  @Field(() => [TierReached], { description: 'The tiers it reached, in order.' })
  @Column('jsonb', { name: 'tiers_reached', default: () => "'[]'" })
  tiersReached!: TierReached[];

  @Field(() => [AnswerReceived], { description: 'The departments’ answers it received.' })
  @Column('jsonb', { default: () => "'[]'" })
  answers!: AnswerReceived[];

  @Field(() => DateTime, { nullable: true, description: 'When it was drafted.' })
  @Column('timestamptz', { name: 'drafted_at', nullable: true })
  draftedAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'When it was submitted; null while a draft.' })
  @Column('timestamptz', { name: 'submitted_at', nullable: true })
  submittedAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'When supports close; null while a draft.' })
  @Column('timestamptz', { name: 'support_window_closes_at', nullable: true })
  supportWindowClosesAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why its author withdrew it, if they did.' })
  @Column('text', { name: 'withdrawn_reason', nullable: true })
  withdrawnReason!: string | null;

  @Field(() => DateTime, { description: 'When its read model last changed.' })
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}

@ObjectType({ description: 'Someone who supports a proposal; visible to auditors and admins only.' })
@Entity('proposal_supporters')
export class Supporter {
  @PrimaryColumn('text', { name: 'proposal_id' })
  proposalId!: string;

  @Field({ description: 'The supporter (subject id).' })
  @PrimaryColumn('text', { name: 'supporter_id' })
  supporterId!: string;

  @Field(() => DateTime, { description: 'When they supported it.' })
  @Column('timestamptz', { name: 'supported_at' })
  supportedAt!: Date;
}

@ObjectType({ description: 'A civil society organization registered on the platform.' })
@Entity('organizations')
export class Organization {
  @Field({ description: 'Its id.' })
  @PrimaryColumn('text')
  id!: string;

  @Field({ description: 'Its name.' })
  @Column('text')
  name!: string;

  @Field({
    description:
      'The district it works in, as written: a district id (Mapo-gu) since the directory; `districtInDirectory` names it.',
  })
  @Column('text')
  district!: string;

  @Field({ description: 'Whether the secretariat vouches for it now (verified, and not revoked since).' })
  @Column('boolean', { default: false })
  verified!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'What the secretariat checked to verify it (e.g. its registration as a non-profit); null while unverified, or for a verification recorded before notes.',
  })
  @Column('text', { name: 'verification_note', nullable: true })
  verificationNote!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When it was verified; null while unverified.' })
  @Column('timestamptz', { name: 'verified_at', nullable: true })
  verifiedAt!: Date | null;

  /** Who verified it (subject id); GraphQL shows them as `verifier`. */
  @Column('text', { name: 'verified_by', nullable: true })
  verifiedBy!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why its last verification was revoked; null when none was, or once it is verified again.',
  })
  @Column('text', { name: 'verification_revoked_reason', nullable: true })
  verificationRevokedReason!: string | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'When its last verification was revoked; null as for `verificationRevokedReason`.',
  })
  @Column('timestamptz', { name: 'verification_revoked_at', nullable: true })
  verificationRevokedAt!: Date | null;

  @Field(() => DateTime, { description: 'When it was registered.' })
  @Column('timestamptz', { name: 'registered_at' })
  registeredAt!: Date;
}

@ObjectType({ description: 'A member of an organization.' })
@Entity('organization_members')
export class OrganizationMember {
  @PrimaryColumn('text', { name: 'organization_id' })
  organizationId!: string;

  @Field({ description: 'The member (subject id).' })
  @PrimaryColumn('text', { name: 'member_id' })
  memberId!: string;

  @Field({ description: 'cso_admin or cso_member.' })
  @Column('text')
  role!: string;

  @Field(() => DateTime, { description: 'When they joined.' })
  @Column('timestamptz', { name: 'joined_at' })
  joinedAt!: Date;
}

export const MembershipRequestStatus = {
  pending: 'pending',
  approved: 'approved',
  declined: 'declined',
  withdrawn: 'withdrawn',
} as const;
export type MembershipRequestStatus = keyof typeof MembershipRequestStatus;
registerEnumType(MembershipRequestStatus, {
  name: 'MembershipRequestStatus',
  description: 'Where a request to join an organization stands.',
});

/** The latest request of each person to join each organization: asking again after an answer replaces it. */
@ObjectType({
  description:
    'A request to join an organization: its administrators (and auditors) see those pending, the requester all of their own.',
})
@Entity('organization_membership_requests')
export class MembershipRequest {
  @Field({ description: 'The organization asked (id).' })
  @PrimaryColumn('text', { name: 'organization_id' })
  organizationId!: string;

  @Field({ description: 'Who asked to join (subject id).' })
  @PrimaryColumn('text', { name: 'requester_id' })
  requesterId!: string;

  @Field(() => MembershipRequestStatus, { description: 'Where it stands.' })
  @Column('text')
  status!: MembershipRequestStatus;

  @Field(() => DateTime, { description: 'When they asked.' })
  @Column('timestamptz', { name: 'requested_at' })
  requestedAt!: Date;

  @Field(() => DateTime, {
    nullable: true,
    description: 'When it was approved, declined or withdrawn; null while pending.',
  })
  @Column('timestamptz', { name: 'answered_at', nullable: true })
  answeredAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The administrator who approved or declined it; null while pending, when withdrawn, or when an administrator added the requester directly.',
  })
  @Column('text', { name: 'answered_by', nullable: true })
  answeredBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was declined; null otherwise.' })
  @Column('text', { name: 'declined_reason', nullable: true })
  declinedReason!: string | null;
}

/**
 * The proposals people may see: those whose draft has arrived. A row that another service's event made first
 * (`advanceProposal`) has no title yet and is no proposal to show.
 */
export function draftedProposals(manager: EntityManager): SelectQueryBuilder<Proposal> {
  return manager.createQueryBuilder(Proposal, 'proposal').where('proposal.title IS NOT NULL');
}

export function draftedProposal(manager: EntityManager, id: string): Promise<Proposal | null> {
  return draftedProposals(manager).andWhere('proposal.id = :id', { id }).getOne();
}
