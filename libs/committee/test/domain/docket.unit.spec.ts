import { AgendaSource, DocketCommand, DocketEvent, docketDecider } from '@hyeopchi/committee/domain';
import { deciderSpecification } from '@hyeopchi/testing';

const given = deciderSpecification(docketDecider);
const now = new Date('2026-04-20T09:00:00Z');
type Entry = { spaceId?: string; fromSpaceId?: string | null };
const propose = (
  source: string,
  reference = 'review-1',
  { spaceId = 'seoul', fromSpaceId = null }: Entry = {},
): DocketCommand =>
  ({
    type: 'ProposeAgendaItem',
    data: { proposalId: 'p-1', spaceId, source, reference, fromSpaceId },
    metadata: { now, actor: 'process-manager' },
  }) as DocketCommand;
const proposed = (
  source: AgendaSource,
  reference = 'review-1',
  { spaceId = 'seoul', fromSpaceId = null }: Entry = {},
): DocketEvent => ({
  type: 'docket.item_proposed.v1',
  data: { proposalId: 'p-1', spaceId, source, reference, fromSpaceId, proposedAt: now.toISOString() },
});
const fromMapo = { spaceId: 'seoul', fromSpaceId: 'Mapo-gu' };
const inMapo = { spaceId: 'Mapo-gu' };

describe('committee docket', () => {
  it('takes a referral and the forum tier, each once', () => {
    given().when(propose('department_referral')).then(proposed('department_referral'));
    given(proposed('department_referral'))
      .when(propose('forum_tier', 'p-1'))
      .then(proposed('forum_tier', 'p-1'));
    given(proposed('department_referral'))
      .when(propose('department_referral', 'review-2'))
      .thenRefuses('ALREADY_PROPOSED');
  });

  it("takes each source once per space: a district's forum tier, then the city's referral from it", () => {
    given(proposed('forum_tier', 'p-1', inMapo))
      .when(propose('district_referral', 'decision-1', fromMapo))
      .then(proposed('district_referral', 'decision-1', fromMapo));
    given(proposed('forum_tier', 'p-1', inMapo))
      .when(propose('forum_tier', 'p-1'))
      .then(proposed('forum_tier', 'p-1'));
    given(proposed('district_referral', 'decision-1', fromMapo))
      .when(propose('district_referral', 'decision-2', fromMapo))
      .thenRefuses('ALREADY_PROPOSED');
  });

  it("takes a delegation into the district's docket, from the city", () =>
    given(proposed('forum_tier', 'p-1'))
      .when(propose('city_delegation', 'decision-1', { spaceId: 'Mapo-gu', fromSpaceId: 'seoul' }))
      .then(proposed('city_delegation', 'decision-1', { spaceId: 'Mapo-gu', fromSpaceId: 'seoul' })));

  it.each([
    ['an unknown source', propose('petition')],
    ['no reference', propose('forum_tier', ' ')],
    ['a referral that names no space it came from', propose('district_referral', 'decision-1')],
    [
      'a referral from the space it goes to',
      propose('district_referral', 'decision-1', { fromSpaceId: 'seoul' }),
    ],
    [
      "a department's referral said to come from another space",
      propose('department_referral', 'review-1', fromMapo),
    ],
  ])('refuses %s', (_case, command) => given().when(command).thenRefuses('INVALID_AGENDA_ITEM'));
});
