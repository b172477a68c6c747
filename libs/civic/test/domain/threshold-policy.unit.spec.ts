import { Tier, ThresholdPolicyEvent, thresholdPolicyDecider } from '@hyeopchi/civic/domain';
import { deciderSpecification } from '@hyeopchi/testing';

const given = deciderSpecification(thresholdPolicyDecider);
const now = new Date('2026-01-05T00:00:00Z');
const seoulTiers: Tier[] = [
  { tier: 'department_answer', measure: 'supports', threshold: 50 },
  { tier: 'public_forum', measure: 'supports', threshold: 100 },
  { tier: 'mayor_answer', measure: 'forum_participants', threshold: 1000 },
];
const adopt = (supportWindowDays: number, tiers: Tier[]) => ({
  type: 'AdoptThresholdPolicy' as const,
  data: { supportWindowDays, tiers },
  metadata: { now, actor: 'admin-1' },
});
const adopted = (version: number, tiers = seoulTiers): ThresholdPolicyEvent => ({
  type: 'threshold_policy.adopted.v1',
  data: { version, supportWindowDays: 30, tiers, adoptedBy: 'admin-1', adoptedAt: now.toISOString() },
});

describe('threshold policy', () => {
  it('is adopted as version 1, then each adoption is the next version', () => {
    given().when(adopt(30, seoulTiers)).then(adopted(1));
    given(adopted(1)).when(adopt(30, seoulTiers)).then(adopted(2));
  });

  it.each<[string, number, Tier[]]>([
    ['a support window of no days', 0, seoulTiers],
    ['no tiers', 30, []],
    ['a tier twice', 30, [seoulTiers[0], seoulTiers[0]]],
    ['a zero threshold', 30, [{ tier: 'department_answer', measure: 'supports', threshold: 0 }]],
    [
      'a forum that needs fewer supports than an answer',
      30,
      [
        { ...seoulTiers[0], threshold: 100 },
        { ...seoulTiers[1], threshold: 50 },
      ],
    ],
    [
      'the same, listed the other way round',
      30,
      [
        { ...seoulTiers[1], threshold: 50 },
        { ...seoulTiers[0], threshold: 100 },
      ],
    ],
    [
      'a tier that counts the wrong measure',
      30,
      [{ tier: 'mayor_answer', measure: 'supports', threshold: 10 }],
    ],
    ['an unknown tier', 30, [{ tier: 'governor_answer' as never, measure: 'supports', threshold: 10 }]],
  ])('refuses %s', (_what, days, tiers) =>
    given().when(adopt(days, tiers)).thenRefuses('INVALID_THRESHOLD_POLICY'),
  );
});
