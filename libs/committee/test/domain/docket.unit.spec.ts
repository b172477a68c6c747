import { DocketCommand, DocketEvent, docketDecider } from '@hyeopchi/committee/domain';
import { deciderSpecification } from '@hyeopchi/testing';

const given = deciderSpecification(docketDecider);
const now = new Date('2026-04-20T09:00:00Z');
const propose = (source: string, reference = 'review-1'): DocketCommand =>
  ({
    type: 'ProposeAgendaItem',
    data: { proposalId: 'p-1', source, reference },
    metadata: { now, actor: 'process-manager' },
  }) as DocketCommand;
const proposed = (source: 'department_referral' | 'forum_tier', reference = 'review-1'): DocketEvent => ({
  type: 'docket.item_proposed.v1',
  data: { proposalId: 'p-1', source, reference, proposedAt: now.toISOString() },
});

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

  it.each([
    ['an unknown source', propose('petition')],
    ['no reference', propose('forum_tier', ' ')],
  ])('refuses %s', (_case, command) => given().when(command).thenRefuses('INVALID_AGENDA_ITEM'));
});
