import { ACCEPTED, gatewayUnderTest, refusedWith } from '@hyeopchi/platform/testing';
import { person } from '@hyeopchi/testing';

const secret = 'a-governance-spaces-secret-of-at-least-32-characters';
const secretariat = person('secretary-kang', ['secretariat']);
const kim = person('kim', ['citizen']);
const LENIENT = [
  { tier: 'department_answer', measure: 'supports', threshold: 3 },
  { tier: 'public_forum', measure: 'supports', threshold: 50 },
];
const STRICT = [
  { tier: 'department_answer', measure: 'supports', threshold: 10 },
  { tier: 'public_forum', measure: 'supports', threshold: 100 },
];

/**
 * Governance spaces over real HTTP: the city, its districts and the councils the secretariat creates; a district's
 * own threshold policies, a stricter one taking effect on a later day while a proposal submitted before keeps its
 * own; the city-wide list and one space's.
 */
describe('governance spaces in the API', () => {
  const { clock, graphql, send, origin } = gatewayUnderTest('spaces', secret);
  const draft = (proposalId: string, spaceId: string | null, district = 'Mapo-gu') =>
    send(
      'draftProposal',
      {
        proposalId,
        ...(spaceId ? { spaceId } : {}),
        title: 'Shade',
        body: 'Shade in parks.',
        serves: ['strategy-5'],
        departments: [spaceId === 'Mapo-gu' ? 'mapo-parks' : 'parks'],
        district,
      },
      kim,
    );
  const submitted = async (proposalId: string, spaceId: string | null) => {
    expect(await draft(proposalId, spaceId)).toEqual(ACCEPTED);
    return send('submitProposal', { proposalId }, kim);
  };
  /** A day in Seoul, counted from the test clock's today. */
  const seoulDay = (daysFromToday: number) =>
    new Date(clock.now().getTime() + 9 * 3_600_000 + daysFromToday * 86_400_000).toISOString().slice(0, 10);

  it('lists the city and its 25 districts, then the councils the secretariat creates', async () => {
    const council = {
      councilId: 'climate-council',
      nameKo: '기후위기 대응 협치회의',
      nameEn: 'Climate Crisis Governance Council',
      theme: 'Heat, floods and the energy transition across the districts.',
    };
    expect(await send('createCouncil', council, kim)).toEqual(refusedWith('FORBIDDEN'));
    expect(await send('createCouncil', { ...council, councilId: 'Mapo-gu' }, secretariat)).toEqual(
      refusedWith('SPACE_TAKEN'),
    );
    expect(await send('createCouncil', council, secretariat)).toEqual(ACCEPTED);

    const { spaces } = await graphql<{ spaces: { id: string; kind: string; nameKo: string }[] }>(
      '{ spaces { id kind nameKo nameEn theme } }',
    );
    expect(spaces).toHaveLength(27);
    expect(spaces[0]).toEqual({
      id: 'seoul',
      kind: 'city',
      nameKo: '서울특별시',
      nameEn: 'Seoul',
      theme: null,
    });
    expect(spaces.filter(({ kind }) => kind === 'district')).toHaveLength(25);
    expect(spaces.at(-1)).toEqual({
      id: 'climate-council',
      kind: 'council',
      nameKo: council.nameKo,
      nameEn: council.nameEn,
      theme: council.theme,
    });
  });

  it('holds a district’s proposals to its own policy; a stricter one adopted for a later day leaves earlier ones theirs', async () => {
    expect(
      await send(
        'adoptThresholdPolicy',
        { spaceId: 'Mapo-gu', supportWindowDays: 30, tiers: LENIENT },
        secretariat,
      ),
    ).toEqual(ACCEPTED);
    // the city has adopted none: a proposal in the city waits for one
    expect(await submitted('city-shade', null)).toEqual(refusedWith('NO_THRESHOLD_POLICY'));
    expect(await submitted('mapo-shade', 'Mapo-gu')).toEqual(ACCEPTED);

    const tomorrow = seoulDay(1);
    const stricter = { spaceId: 'Mapo-gu', supportWindowDays: 30, tiers: STRICT, takesEffectOn: tomorrow };
    expect(await send('adoptThresholdPolicy', stricter, kim)).toEqual(refusedWith('FORBIDDEN'));
    expect(
      await send('adoptThresholdPolicy', { ...stricter, takesEffectOn: seoulDay(-1) }, secretariat),
    ).toEqual(refusedWith('INVALID_THRESHOLD_POLICY'));
    expect(await send('adoptThresholdPolicy', stricter, secretariat)).toEqual(ACCEPTED);
    expect(await submitted('mapo-benches', 'Mapo-gu')).toEqual(ACCEPTED);
    clock.advanceDays(1);
    expect(await submitted('mapo-fountains', 'Mapo-gu')).toEqual(ACCEPTED);

    const { thresholdPolicies } = await graphql<{ thresholdPolicies: object[] }>(
      '{ thresholdPolicies(spaceId: "Mapo-gu") { version takesEffectAt proposalsSubmitted space { nameKo } } }',
    );
    expect(thresholdPolicies).toEqual([
      {
        version: 2,
        takesEffectAt: new Date(`${tomorrow}T00:00:00+09:00`).toISOString(),
        proposalsSubmitted: 1,
        space: { nameKo: '마포구' },
      },
      expect.objectContaining({ version: 1, proposalsSubmitted: 2 }),
    ]);
    expect(await graphql('{ thresholdPolicies { version } }')).toEqual({ thresholdPolicies: [] });
    const policyOf = async (id: string) =>
      (
        await graphql<{ proposal: object }>(
          `{ proposal(id: "${id}") { policyVersion nextSupportThreshold } }`,
        )
      ).proposal;
    expect(await policyOf('mapo-shade')).toEqual({ policyVersion: 1, nextSupportThreshold: 3 });
    expect(await policyOf('mapo-benches')).toEqual({ policyVersion: 1, nextSupportThreshold: 3 });
    expect(await policyOf('mapo-fountains')).toEqual({ policyVersion: 2, nextSupportThreshold: 10 });
  });

  it('refuses a space that does not exist, and a district’s proposal about another district', async () => {
    expect(await draft('nowhere', 'atlantis')).toEqual(refusedWith('UNKNOWN_SPACE'));
    expect(await draft('elsewhere', 'Mapo-gu', 'Jung-gu')).toEqual(refusedWith('DISTRICT_OUTSIDE_SPACE'));
  });

  it('lists the proposals of every space, or of one, each naming its space', async () => {
    const list = (filter: string) =>
      graphql<{ proposals: { edges: { node: { id: string; space: { nameEn: string } } }[] } }>(
        `{ proposals(filter: ${filter}) { edges { node { id space { nameEn } } } } }`,
      );
    const mapo = await list('{ spaceId: "Mapo-gu" }');
    expect(mapo.proposals.edges.map(({ node }) => node.id).sort()).toEqual([
      'mapo-benches',
      'mapo-fountains',
      'mapo-shade',
    ]);
    const cityWide = await list('{}');
    expect(cityWide.proposals.edges.map(({ node }) => [node.id, node.space.nameEn]).sort()).toEqual([
      ['city-shade', 'Seoul'],
      ['mapo-benches', 'Mapo-gu'],
      ['mapo-fountains', 'Mapo-gu'],
      ['mapo-shade', 'Mapo-gu'],
    ]);
    const unknown = await fetch(`${origin()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ proposals(filter: { spaceId: "atlantis" }) { totalCount } }' }),
    }).then((response) => response.json() as Promise<{ errors: { extensions: { code: string } }[] }>);
    expect(unknown.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
