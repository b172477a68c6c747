import {
  CITY_SPACE,
  ProposalCommand,
  ProposalEvent,
  ThresholdPolicy,
  proposalDecider,
  standingSpace,
} from '@hyeopchi/civic/domain';
import { deciderSpecification } from '@hyeopchi/testing';

const given = deciderSpecification(proposalDecider);
const draftedAt = new Date('2026-03-02T09:00:00Z');
const submittedAt = new Date('2026-03-03T09:00:00Z');
const duringWindow = new Date('2026-03-10T09:00:00Z');
const afterWindow = new Date('2026-04-02T09:00:00Z'); // 30 days after submission
const v1: ThresholdPolicy = {
  version: 1,
  supportWindowDays: 30,
  tiers: [
    { tier: 'department_answer', measure: 'supports', threshold: 3 },
    { tier: 'public_forum', measure: 'supports', threshold: 5 },
    { tier: 'mayor_answer', measure: 'forum_participants', threshold: 1000 },
  ],
};
/** The version in force in the proposal's space since before the tests' days. */
const inForce = (policy: ThresholdPolicy) => ({
  policies: { versions: [{ ...policy, spaceId: CITY_SPACE.id, takesEffectAt: '2026-01-01T00:00:00.000Z' }] },
});
const content = {
  title: '마포구 공원 그늘막 설치',
  body: 'Shade canopies in three neighbourhood parks before the summer heat.',
  serves: ['strategy-5'],
  departments: ['parks', 'climate'],
  district: 'Mapo-gu',
};

/** Who the service finds among org-1's members, for the commands said in the organization's name. */
const ORG_1_MEMBERS = ['kim'];
/** The departments the service finds registered in the directory, with the space each serves. */
const REGISTERED = { parks: 'seoul', climate: 'seoul' };
/** What the service finds: the city's space and its departments, unless a test says otherwise. */
type Found = 'proposalId' | 'organizationMembers' | 'space' | 'spaceId' | 'departmentSpaces';
const command = <T extends ProposalCommand['type']>(
  type: T,
  data: Omit<Extract<ProposalCommand, { type: T }>['data'], Found> &
    Partial<
      Pick<
        Extract<ProposalCommand, { type: 'DraftProposal' }>['data'],
        'space' | 'spaceId' | 'departmentSpaces'
      >
    >,
  actor = 'kim',
  now = duringWindow,
  organizationMembers: readonly string[] = ORG_1_MEMBERS,
) =>
  ({
    type,
    data: {
      proposalId: 'p-1',
      organizationMembers,
      departmentSpaces: REGISTERED,
      ...(type === 'DraftProposal' ? { spaceId: CITY_SPACE.id, space: CITY_SPACE } : {}),
      ...data,
    },
    metadata: { now, actor },
  }) as unknown as Extract<ProposalCommand, { type: T }>;

const drafted: ProposalEvent = {
  type: 'proposal.drafted.v1',
  data: {
    ...content,
    proposalId: 'p-1',
    spaceId: 'seoul',
    authorId: 'kim',
    organizationId: 'org-1',
    draftedAt: draftedAt.toISOString(),
  },
};
const submitted = (policy = v1): ProposalEvent => ({
  type: 'proposal.submitted.v1',
  data: {
    proposalId: 'p-1',
    policy,
    submittedAt: submittedAt.toISOString(),
    supportWindowClosesAt: afterWindow.toISOString(),
  },
});
const supported = (supporterId: string, supports: number): ProposalEvent => ({
  type: 'proposal.supported.v1',
  data: { proposalId: 'p-1', supporterId, supports, supportedAt: duringWindow.toISOString() },
});
const answered: ProposalEvent = {
  type: 'proposal.answer_received.v1',
  data: {
    proposalId: 'p-1',
    reviewId: 'r-1',
    department: 'parks',
    outcome: 'accepted',
    receivedAt: duringWindow.toISOString(),
  },
};
const at = duringWindow.toISOString();
const tierReached = (
  tier: 'department_answer' | 'public_forum' | 'mayor_answer',
  threshold: number,
  count = threshold,
): ProposalEvent => ({
  type: 'proposal.tier_reached.v1',
  data: {
    proposalId: 'p-1',
    spaceId: 'seoul',
    tier,
    measure: tier === 'mayor_answer' ? 'forum_participants' : 'supports',
    threshold,
    count,
    policyVersion: 1,
    departments: ['parks', 'climate'],
    reachedAt: at,
  },
});
const departmentTierReached = tierReached('department_answer', 3);
const forumHeld = (participants: number): ProposalEvent => ({
  type: 'proposal.forum_held.v1',
  data: { proposalId: 'p-1', participants, recordedAt: at },
});

describe('proposal', () => {
  describe('drafting and editing', () => {
    it('is drafted by its author with trimmed content', () =>
      given()
        .when(
          command(
            'DraftProposal',
            { ...content, title: `  ${content.title} `, organizationId: 'org-1' },
            'kim',
            draftedAt,
          ),
        )
        .then(drafted));

    it('is drafted once', () =>
      given(drafted)
        .when(command('DraftProposal', { ...content, organizationId: null }))
        .thenRefuses('PROPOSAL_EXISTS'));

    it.each([
      ['an empty title', { ...content, title: '  ' }],
      ['an over-long body', { ...content, body: 'x'.repeat(20_001) }],
      ['a department named twice', { ...content, departments: ['parks', 'parks'] }],
    ])('refuses %s', (_what, invalid) =>
      given()
        .when(command('DraftProposal', { ...invalid, organizationId: null }))
        .thenRefuses('INVALID_PROPOSAL'),
    );

    it.each([
      ['a district outside the directory', 'Atlantis-gu'],
      ['a district by its Korean name', '마포구'],
      ['a district by its code', '11440'],
      ['no district', ''],
    ])('refuses %s, in a draft and in an edit', (_what, district) => {
      given()
        .when(command('DraftProposal', { ...content, district, organizationId: null }))
        .thenRefuses('UNKNOWN_DISTRICT');
      given(drafted)
        .when(command('EditProposal', { ...content, district }))
        .thenRefuses('UNKNOWN_DISTRICT');
    });

    it('refuses a department the directory did not register, in a draft and in an edit, naming it', () => {
      const withRoads = { ...content, departments: ['parks', 'roads'] };
      const draft = command('DraftProposal', { ...withRoads, organizationId: null });
      given().when(draft).thenRefuses('UNKNOWN_DEPARTMENT');
      given(drafted).when(command('EditProposal', withRoads)).thenRefuses('UNKNOWN_DEPARTMENT');
      expect(() => proposalDecider.decide(draft, proposalDecider.initialState)).toThrow(/"roads"/);
    });

    it('still replays, submits and amends a district written before the directory', () => {
      const draftedBefore: ProposalEvent = { ...drafted, data: { ...drafted.data, district: 'Mapo' } };
      given(draftedBefore)
        .when(command('SubmitProposal', inForce(v1), 'kim', submittedAt))
        .then(submitted());
      given(draftedBefore, submitted(), answered)
        .when(command('AmendProposal', { title: 'Shade', body: 'Revised.', reason: 'cost' }))
        .then({
          type: 'proposal.amended.v1',
          data: { proposalId: 'p-1', title: 'Shade', body: 'Revised.', reason: 'cost', amendedAt: at },
        });
    });

    it('is drafted, edited, submitted and amended for an organization by its members only', () => {
      const forOrg1 = { ...content, organizationId: 'org-1' };
      given()
        .when(command('DraftProposal', forOrg1, 'kim', draftedAt, ['lee']))
        .thenRefuses('NOT_ORGANIZATION_MEMBER');
      given()
        .when(command('DraftProposal', { ...content, organizationId: null }, 'mallory', draftedAt, []))
        .then({ ...drafted, data: { ...drafted.data, authorId: 'mallory', organizationId: null } });
      // the author who left the organization no longer speaks for it
      given(drafted)
        .when(command('EditProposal', content, 'kim', duringWindow, []))
        .thenRefuses('NOT_ORGANIZATION_MEMBER');
      given(drafted)
        .when(command('SubmitProposal', inForce(v1), 'kim', submittedAt, ['lee']))
        .thenRefuses('NOT_ORGANIZATION_MEMBER');
      given(drafted, submitted(), answered)
        .when(
          command(
            'AmendProposal',
            { title: 'Shade', body: 'Revised.', reason: 'Asked' },
            'kim',
            duringWindow,
            [],
          ),
        )
        .thenRefuses('NOT_ORGANIZATION_MEMBER');
      // a member who is not its author is still not its author
      given(drafted)
        .when(command('EditProposal', content, 'lee', duringWindow, ['kim', 'lee']))
        .thenRefuses('NOT_AUTHOR');
    });

    it('is edited by its author while a draft', () =>
      given(drafted)
        .when(command('EditProposal', { ...content, district: 'Jung-gu' }))
        .then({
          type: 'proposal.edited.v1',
          data: { ...content, district: 'Jung-gu', proposalId: 'p-1', editedAt: at },
        }));

    it('is edited by nobody else, and not after submission', () => {
      given(drafted)
        .when(command('EditProposal', content, 'lee'))
        .thenRefuses('NOT_AUTHOR');
      given(drafted, submitted()).when(command('EditProposal', content)).thenRefuses('PROPOSAL_NOT_DRAFT');
    });

    it('cannot be touched before it exists', () =>
      given().when(command('EditProposal', content)).thenRefuses('PROPOSAL_NOT_FOUND'));
  });

  describe('submission', () => {
    it('records the threshold policy in force and when its support window closes', () =>
      given(drafted)
        .when(command('SubmitProposal', inForce(v1), 'kim', submittedAt))
        .then(submitted()));

    it('needs a department to answer and a strategy it serves', () => {
      const noDepartments: ProposalEvent = {
        ...drafted,
        data: { ...drafted.data, departments: [] },
      } as ProposalEvent;
      given(noDepartments)
        .when(command('SubmitProposal', inForce(v1)))
        .thenRefuses('INVALID_PROPOSAL');
      const servesNothing: ProposalEvent = {
        ...drafted,
        data: { ...drafted.data, serves: [] },
      } as ProposalEvent;
      given(servesNothing)
        .when(command('SubmitProposal', inForce(v1)))
        .thenRefuses('INVALID_PROPOSAL');
    });

    it('refuses a malformed policy', () =>
      given(drafted)
        .when(command('SubmitProposal', inForce({ ...v1, supportWindowDays: undefined as never })))
        .thenRefuses('INVALID_THRESHOLD_POLICY'));

    it('is submitted by its author, once', () => {
      given(drafted)
        .when(command('SubmitProposal', inForce(v1), 'lee'))
        .thenRefuses('NOT_AUTHOR');
      given(drafted, submitted())
        .when(command('SubmitProposal', inForce(v1)))
        .thenRefuses('PROPOSAL_NOT_DRAFT');
    });
  });

  describe('supports', () => {
    it('counts a supporter', () =>
      given(drafted, submitted())
        .when(command('SupportProposal', {}, 'lee'))
        .then(supported('lee', 1)));

    it('takes one support per person, never the author’s, never on a draft', () => {
      given(drafted, submitted(), supported('lee', 1))
        .when(command('SupportProposal', {}, 'lee'))
        .thenRefuses('ALREADY_SUPPORTED');
      given(drafted, submitted())
        .when(command('SupportProposal', {}, 'kim'))
        .thenRefuses('AUTHOR_CANNOT_SUPPORT');
      given(drafted)
        .when(command('SupportProposal', {}, 'lee'))
        .thenRefuses('PROPOSAL_NOT_OPEN');
    });

    it('closes supports when the window closes', () => {
      given(drafted, submitted())
        .when(command('SupportProposal', {}, 'lee', afterWindow))
        .thenRefuses('SUPPORT_WINDOW_CLOSED');
      given(drafted, submitted(), supported('lee', 1))
        .when(command('WithdrawSupport', {}, 'lee', afterWindow))
        .thenRefuses('SUPPORT_WINDOW_CLOSED');
    });

    it('lets a supporter withdraw, and nobody else', () => {
      given(drafted, submitted(), supported('lee', 1))
        .when(command('WithdrawSupport', {}, 'lee'))
        .then({
          type: 'proposal.support_withdrawn.v1',
          data: { proposalId: 'p-1', supporterId: 'lee', supports: 0, withdrawnAt: at },
        });
      given(drafted, submitted())
        .when(command('WithdrawSupport', {}, 'lee'))
        .thenRefuses('NOT_SUPPORTED');
    });

    it('reaches a tier with the support that meets its threshold, naming the policy version', () =>
      given(drafted, submitted(), supported('a', 1), supported('b', 2))
        .when(command('SupportProposal', {}, 'c'))
        .then(supported('c', 3), departmentTierReached));

    it('reaches a tier once, even when supports fall below it and rise again', () => {
      const cWithdrew: ProposalEvent = {
        type: 'proposal.support_withdrawn.v1',
        data: { proposalId: 'p-1', supporterId: 'c', supports: 2, withdrawnAt: at },
      };
      given(
        drafted,
        submitted(),
        supported('a', 1),
        supported('b', 2),
        supported('c', 3),
        departmentTierReached,
        cWithdrew,
      )
        .when(command('SupportProposal', {}, 'd'))
        .then(supported('d', 3));
    });
  });

  describe('the public forum', () => {
    const atForumTier = [
      drafted,
      submitted(),
      ...['a', 'b', 'c', 'd', 'e'].map((supporter, i) => supported(supporter, i + 1)),
      departmentTierReached,
      tierReached('public_forum', 5),
    ];

    it('counts forum participants towards the mayor-answer tier of its own policy', () => {
      given(...atForumTier)
        .when(command('RecordForumParticipation', { participants: 400 }, 'secretariat'))
        .then(forumHeld(400));
      given(...atForumTier, forumHeld(400))
        .when(command('RecordForumParticipation', { participants: 1200 }, 'secretariat'))
        .then(forumHeld(1200), tierReached('mayor_answer', 1000, 1200));
    });

    it('reaches the mayor-answer tier once', () =>
      given(...atForumTier, forumHeld(1200), tierReached('mayor_answer', 1000, 1200))
        .when(command('RecordForumParticipation', { participants: 1300 }, 'secretariat'))
        .then(forumHeld(1300)));

    it('is held only for a proposal at the forum tier', () =>
      given(drafted, submitted(), departmentTierReached)
        .when(command('RecordForumParticipation', { participants: 10 }, 'secretariat'))
        .thenRefuses('FORUM_NOT_REACHED'));

    it.each([[-1], [2.5], [300]])('refuses %p participants after 400 were recorded', (participants) =>
      given(...atForumTier, forumHeld(400))
        .when(command('RecordForumParticipation', { participants }, 'secretariat'))
        .thenRefuses('INVALID_FORUM'),
    );
  });

  describe('answers, amendments and withdrawal', () => {
    it('is amended by its author after an answer, with a reason', () => {
      given(drafted, submitted())
        .when(
          command('AmendProposal', {
            title: 'Shade in five parks',
            body: 'Revised after the answer.',
            reason: 'cost',
          }),
        )
        .thenRefuses('NOT_ANSWERED');
      given(drafted, submitted(), answered)
        .when(
          command('AmendProposal', {
            title: 'Shade in five parks',
            body: 'Revised after the answer.',
            reason: 'cost',
          }),
        )
        .then({
          type: 'proposal.amended.v1',
          data: {
            proposalId: 'p-1',
            title: 'Shade in five parks',
            body: 'Revised after the answer.',
            reason: 'cost',
            amendedAt: at,
          },
        });
      given(drafted, submitted(), answered)
        .when(command('AmendProposal', { title: 'Shade', body: 'Revised.', reason: ' ' }))
        .thenRefuses('REASON_REQUIRED');
    });

    it('records an answer only once submitted', () =>
      given(drafted)
        .when(
          command('RecordAnswer', { reviewId: 'r-1', department: 'parks', outcome: 'accepted' }, 'system'),
        )
        .thenRefuses('PROPOSAL_NOT_OPEN'));

    it('is withdrawn by its author with a reason, once', () => {
      const withdrawn: ProposalEvent = {
        type: 'proposal.withdrawn.v1',
        data: { proposalId: 'p-1', reason: 'merged into p-2', withdrawnAt: at },
      };
      given(drafted, submitted())
        .when(command('WithdrawProposal', { reason: 'merged into p-2' }))
        .then(withdrawn);
      given(drafted, submitted())
        .when(command('WithdrawProposal', { reason: '' }))
        .thenRefuses('REASON_REQUIRED');
      given(drafted, submitted())
        .when(command('WithdrawProposal', { reason: 'mine now' }, 'lee'))
        .thenRefuses('NOT_AUTHOR');
      given(drafted, submitted(), withdrawn)
        .when(command('WithdrawProposal', { reason: 'again' }))
        .thenRefuses('PROPOSAL_NOT_OPEN');
      given(drafted, submitted(), withdrawn)
        .when(command('SupportProposal', {}, 'lee'))
        .thenRefuses('PROPOSAL_NOT_OPEN');
    });
  });

  describe('spaces', () => {
    const mapo = standingSpace('Mapo-gu')!;
    const inMapo: ProposalEvent = {
      ...drafted,
      data: { ...drafted.data, spaceId: mapo.id },
    } as ProposalEvent;
    const v2: ThresholdPolicy = { ...v1, version: 2, tiers: [{ ...v1.tiers[0], threshold: 50 }] };
    const decision = { decisionId: 'd-1' };
    const MAPO_DEPARTMENTS = { parks: mapo.id, climate: mapo.id };

    it('is drafted in the space named, about that district when the space is a district', () => {
      given()
        .when(
          command(
            'DraftProposal',
            {
              ...content,
              organizationId: 'org-1',
              spaceId: mapo.id,
              space: mapo,
              departmentSpaces: MAPO_DEPARTMENTS,
            },
            'kim',
            draftedAt,
          ),
        )
        .then(inMapo);
      given()
        .when(
          command('DraftProposal', { ...content, district: 'Jung-gu', organizationId: null, space: mapo }),
        )
        .thenRefuses('DISTRICT_OUTSIDE_SPACE');
      given(inMapo)
        .when(command('EditProposal', { ...content, district: 'Jung-gu' }))
        .thenRefuses('DISTRICT_OUTSIDE_SPACE');
    });

    it('asks only departments that serve its space', () => {
      given()
        .when(command('DraftProposal', { ...content, organizationId: null, spaceId: mapo.id, space: mapo }))
        .thenRefuses('DEPARTMENT_OUTSIDE_SPACE');
      given(inMapo)
        .when(command('EditProposal', { ...content, departmentSpaces: { parks: mapo.id, climate: 'seoul' } }))
        .thenRefuses('DEPARTMENT_OUTSIDE_SPACE');
    });

    it('refuses a space that does not exist', () =>
      given()
        .when(
          command('DraftProposal', { ...content, organizationId: null, spaceId: 'atlantis', space: null }),
        )
        .thenRefuses('UNKNOWN_SPACE'));

    it('is submitted under the version in force that day, not one adopted for a later day', () => {
      const later = { ...v2, spaceId: mapo.id, takesEffectAt: '2026-03-05T15:00:00.000Z' };
      const versions = [{ ...v1, spaceId: mapo.id, takesEffectAt: '2026-01-01T00:00:00.000Z' }, later];
      given(inMapo)
        .when(command('SubmitProposal', { policies: { versions } }, 'kim', submittedAt))
        .then(submitted(v1));
      const afterItTakesEffect = new Date('2026-03-06T09:00:00Z');
      given(inMapo)
        .when(command('SubmitProposal', { policies: { versions } }, 'kim', afterItTakesEffect))
        .then({
          type: 'proposal.submitted.v1',
          data: {
            proposalId: 'p-1',
            policy: v2,
            submittedAt: afterItTakesEffect.toISOString(),
            supportWindowClosesAt: new Date(afterItTakesEffect.getTime() + 30 * 86_400_000).toISOString(),
          },
        });
      given(inMapo)
        .when(command('SubmitProposal', { policies: { versions: [later] } }, 'kim', submittedAt))
        .thenRefuses('NO_THRESHOLD_POLICY');
    });

    it('is referred up to the city by a district committee’s decision, and climbs in the city from then on', () => {
      const referred: ProposalEvent = {
        type: 'proposal.referred.v1',
        data: {
          proposalId: 'p-1',
          fromSpaceId: mapo.id,
          toSpaceId: 'seoul',
          decisionId: 'd-1',
          referredAt: at,
        },
      };
      given(inMapo, submitted())
        .when(command('ReferProposal', { toSpaceId: 'seoul', space: CITY_SPACE, ...decision }, 'system'))
        .then(referred);
      given(inMapo, submitted(), referred, supported('lee', 1), supported('park', 2))
        .when(command('SupportProposal', {}, 'choi'))
        .then(supported('choi', 3), {
          ...departmentTierReached,
          data: { ...departmentTierReached.data, spaceId: 'seoul' },
        } as ProposalEvent);
    });

    it('is referred only up, only once submitted, only to a space that exists', () => {
      given(drafted, submitted())
        .when(command('ReferProposal', { toSpaceId: 'seoul', space: CITY_SPACE, ...decision }, 'system'))
        .thenRefuses('INVALID_REFERRAL');
      given(inMapo, submitted())
        .when(
          command(
            'ReferProposal',
            { toSpaceId: 'Jung-gu', space: standingSpace('Jung-gu'), ...decision },
            'system',
          ),
        )
        .thenRefuses('INVALID_REFERRAL');
      given(inMapo)
        .when(command('ReferProposal', { toSpaceId: 'seoul', space: CITY_SPACE, ...decision }, 'system'))
        .thenRefuses('INVALID_REFERRAL');
      given(inMapo, submitted())
        .when(command('ReferProposal', { toSpaceId: 'atlantis', space: null, ...decision }, 'system'))
        .thenRefuses('UNKNOWN_SPACE');
    });

    it('is delegated down by the city to a district, and not to a council or from a district', () => {
      given(drafted, submitted())
        .when(command('DelegateProposal', { toSpaceId: mapo.id, space: mapo, ...decision }, 'system'))
        .then({
          type: 'proposal.delegated.v1',
          data: {
            proposalId: 'p-1',
            fromSpaceId: 'seoul',
            toSpaceId: mapo.id,
            decisionId: 'd-1',
            delegatedAt: at,
          },
        });
      const council = { id: 'climate-council', kind: 'council' as const, nameKo: '기후', nameEn: 'Climate' };
      given(drafted, submitted())
        .when(command('DelegateProposal', { toSpaceId: council.id, space: council, ...decision }, 'system'))
        .thenRefuses('INVALID_DELEGATION');
      given(inMapo, submitted())
        .when(
          command(
            'DelegateProposal',
            { toSpaceId: 'Jung-gu', space: standingSpace('Jung-gu'), ...decision },
            'system',
          ),
        )
        .thenRefuses('INVALID_DELEGATION');
    });
  });
});
