import { PersonEvent, personDecider } from '@hyeopchi/civic/domain';
import { deciderSpecification } from '@hyeopchi/testing';

const given = deciderSpecification(personDecider);
const now = new Date('2026-03-02T09:00:00Z');
const choose = (displayName: string, actor = 'kim-jiyoung', role?: string) => ({
  type: 'ChoosePublicName' as const,
  data: { personId: 'kim-jiyoung', displayName },
  metadata: { now, actor, ...(role ? { role } : {}) },
});
const named = (displayName: string, role: string | null = null): PersonEvent => ({
  type: 'person.named.v1',
  data: { personId: 'kim-jiyoung', displayName, role, namedAt: now.toISOString() },
});

describe('person', () => {
  it('is named by the name they chose, in the role they chose it in', () => {
    given()
      .when(choose('김지영', 'kim-jiyoung', 'cso_admin'))
      .then(named('김지영', 'cso_admin'));
  });

  it('keeps the name trimmed', () => given().when(choose('  김지영 ')).then(named('김지영')));

  it('may choose another name later', () => given(named('김지영')).when(choose('지영')).then(named('지영')));

  it('changes nothing when named again by the same name', () =>
    given(named('김지영')).when(choose('김지영')).then());

  it('refuses to be named by someone else', () =>
    given().when(choose('김지영', 'lee-minho')).thenRefuses('NOT_YOUR_NAME'));

  it.each([
    ['an empty name', ''],
    ['a name of spaces', '   '],
    ['a name longer than 50 characters', '가'.repeat(51)],
  ])('refuses %s', (_what, displayName) =>
    given().when(choose(displayName)).thenRefuses('INVALID_PUBLIC_NAME'),
  );
});
