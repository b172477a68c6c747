import {
  CITY_SPACE,
  Space,
  Tier,
  ThresholdPolicyEvent,
  policyInForce,
  standingSpace,
  thresholdPolicyDecider,
  thresholdPolicyStream,
} from '@hyeopchi/civic/domain';
import { deciderSpecification } from '@hyeopchi/testing';

const given = deciderSpecification(thresholdPolicyDecider);
const now = new Date('2026-01-05T00:00:00Z'); // 09:00 on the 5th in Seoul
const seoulTiers: Tier[] = [
  { tier: 'department_answer', measure: 'supports', threshold: 50 },
  { tier: 'public_forum', measure: 'supports', threshold: 100 },
  { tier: 'mayor_answer', measure: 'forum_participants', threshold: 1000 },
];
interface Adoption {
  space?: Space | null;
  spaceId?: string;
  takesEffectOn?: string | null;
}
const adopt = (
  supportWindowDays: number,
  tiers: Tier[],
  { space = CITY_SPACE, spaceId = space?.id ?? 'atlantis', takesEffectOn = null }: Adoption = {},
) => ({
  type: 'AdoptThresholdPolicy' as const,
  data: { spaceId, space, supportWindowDays, tiers, takesEffectOn },
  metadata: { now, actor: 'admin-1' },
});
const adopted = (
  version: number,
  tiers = seoulTiers,
  { spaceId = 'seoul', takesEffectAt = now.toISOString() } = {},
): ThresholdPolicyEvent => ({
  type: 'threshold_policy.adopted.v1',
  data: {
    spaceId,
    version,
    supportWindowDays: 30,
    tiers,
    takesEffectAt,
    adoptedBy: 'admin-1',
    adoptedAt: now.toISOString(),
  },
});

describe('threshold policy', () => {
  it('is adopted as version 1, then each adoption is the next version', () => {
    given().when(adopt(30, seoulTiers)).then(adopted(1));
    given(adopted(1)).when(adopt(30, seoulTiers)).then(adopted(2));
  });

  it('is adopted for a space in its own stream, the city keeping the stream it had', () => {
    const mapo = standingSpace('Mapo-gu')!;
    given()
      .when(adopt(30, seoulTiers, { space: mapo }))
      .then(adopted(1, seoulTiers, { spaceId: mapo.id }));
    expect(thresholdPolicyStream('seoul')).toBe('threshold-policy');
    expect(thresholdPolicyStream(mapo.id)).toBe('threshold-policy@Mapo-gu');
  });

  it('refuses a space that does not exist', () =>
    given()
      .when(adopt(30, seoulTiers, { space: null }))
      .thenRefuses('UNKNOWN_SPACE'));

  it('takes effect at the start of the day named, in Seoul, and is in force from then', () => {
    const laterDay = adopted(2, seoulTiers, { takesEffectAt: '2026-02-28T15:00:00.000Z' });
    given(adopted(1))
      .when(adopt(30, seoulTiers, { takesEffectOn: '2026-03-01' }))
      .then(laterDay);
    given()
      .when(adopt(30, seoulTiers, { takesEffectOn: '2026-01-05' }))
      .then(adopted(1, seoulTiers, { takesEffectAt: '2026-01-04T15:00:00.000Z' }));
    const policies = { versions: [adopted(1), laterDay].map(({ data }) => data) };
    expect(policyInForce(policies, new Date('2026-02-28T14:59:59Z'))?.version).toBe(1);
    expect(policyInForce(policies, new Date('2026-02-28T15:00:00Z'))?.version).toBe(2);
    expect(policyInForce({ versions: [laterDay.data] }, now)).toBeUndefined();
  });

  it.each([
    ['a day gone by in Seoul', '2026-01-04'],
    ['a day that does not exist', '2026-02-30'],
    ['a day not written as YYYY-MM-DD', '1 March 2026'],
  ])('refuses to take effect on %s', (_what, day) =>
    given()
      .when(adopt(30, seoulTiers, { takesEffectOn: day }))
      .thenRefuses('INVALID_THRESHOLD_POLICY'),
  );

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
