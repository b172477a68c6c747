import { SEOUL_DISTRICTS } from '@hyeopchi/civic/contract';
import { reviewIdFor } from '@hyeopchi/department/contract';
import { EventStore, EventToAppend } from '@hyeopchi/event-store';
import { randomUUID } from 'node:crypto';

/**
 * A city's history written straight into civic's event store, as the deciders would have written it: a threshold
 * policy adopted, proposals drafted and submitted under it in Seoul's 25 districts (titles and bodies in Korean,
 * in English, or both), supports from distinct citizens spread over the support window, each tier reached by the
 * support that crosses it, a share of the proposals answered by the department asked first, a share withdrawn,
 * a few left as drafts. Deterministic for a seed, so two runs search the same city.
 */
export interface CityOptions {
  proposals: number;
  supports: number;
  seed?: number;
}

export interface CityStream {
  streamId: string;
  events: EventToAppend[];
}

/** What people ask for: the department that answers, the master plan strategy it serves, in both languages. */
const TOPICS = [
  [
    'parks',
    5,
    '공원 그늘막 설치',
    'Shade canopies in the parks',
    '여름 더위에 아이들과 어르신이 쉴 곳이 필요합니다.',
    'Children and elders need shade in the summer heat.',
  ],
  [
    'transport',
    2,
    '자전거 전용도로 확충',
    'Protected bike lanes',
    '버스 차로와 자전거를 분리해 사고를 줄여 주세요.',
    'Separate cyclists from buses to prevent accidents.',
  ],
  [
    'climate',
    1,
    '하천 정화 활동 정례화',
    'Monthly stream clean-ups',
    '주민과 구청이 함께 매달 하천을 청소합니다.',
    'Residents and the district clean the stream together every month.',
  ],
  [
    'welfare',
    4,
    '청년 주거 지원 확대',
    'More housing support for young people',
    '월세 부담이 큰 청년 1인 가구를 지원해 주세요.',
    'Young people living alone spend half their income on rent.',
  ],
  [
    'education',
    3,
    '방과 후 돌봄 교실 연장',
    'Longer after-school care',
    '맞벌이 가정을 위해 돌봄 시간을 저녁 8시까지 늘려 주세요.',
    'Working parents need care until 8 pm.',
  ],
  [
    'safety',
    6,
    '골목길 보안등 설치',
    'Street lights in dark alleys',
    '밤길이 어두워 귀갓길이 불안합니다.',
    'Dark alleys make the walk home unsafe at night.',
  ],
  [
    'culture',
    7,
    '작은 도서관 주말 개방',
    'Small libraries open on weekends',
    '주말에도 동네 도서관을 이용하고 싶습니다.',
    'Neighbourhood libraries should open on weekends too.',
  ],
  [
    'housing',
    4,
    '노후 주택 에너지 효율 개선',
    'Insulation for old houses',
    '겨울 난방비를 줄이도록 단열 공사를 지원해 주세요.',
    'Help insulate old houses to cut winter heating bills.',
  ],
  [
    'transport',
    2,
    '마을버스 배차 간격 단축',
    'More frequent village buses',
    '출퇴근 시간 마을버스가 너무 붐빕니다.',
    'Village buses are packed at rush hour.',
  ],
  [
    'climate',
    1,
    '음식물 쓰레기 감량 캠페인',
    'Less food waste',
    '공동주택 음식물 쓰레기를 줄이는 캠페인을 제안합니다.',
    'A campaign to halve food waste in apartment blocks.',
  ],
  [
    'parks',
    5,
    '반려견 놀이터 조성',
    'A dog park',
    '반려견과 함께 안전하게 놀 수 있는 공간이 필요합니다.',
    'Dog owners need a fenced space to play safely.',
  ],
  [
    'welfare',
    4,
    '어르신 무료 급식소 확대',
    'More free meals for seniors',
    '홀로 사는 어르신을 위한 점심 급식을 늘려 주세요.',
    'Seniors living alone need a hot lunch nearby.',
  ],
] as const;

const CLOSING_KO = [
  '주민 의견을 모아 제안합니다.',
  '구청과 시의 협력을 요청합니다.',
  '예산은 참여예산으로 충당할 수 있습니다.',
];
const CLOSING_EN = [
  'We gathered the neighbours’ views.',
  'We ask the district and the city to work together.',
  'Participatory budgeting could fund it.',
];
const OUTCOMES = ['accepted', 'partially_accepted', 'rejected', 'referred_to_committee'] as const;

const DAY_MS = 86_400_000;
/** Citizens who may support: a proposal's supporters are consecutive ids from a random start, so distinct. */
const POPULATION = 5_000_000;
export const CITY_POLICY = {
  version: 1,
  supportWindowDays: 90,
  tiers: [
    { tier: 'department_answer', measure: 'supports', threshold: 50 },
    { tier: 'public_forum', measure: 'supports', threshold: 500 },
    { tier: 'mayor_answer', measure: 'forum_participants', threshold: 1000 },
  ],
} as const;
/** Two years of proposals, ending here. */
const HISTORY_ENDS = Date.UTC(2026, 0, 1);
const HISTORY_DAYS = 730;

export const cityProposalId = (index: number) => `city-${index}`;

/** Every stream of the city: the policy first, then one per proposal. */
export function* cityStreams({ proposals, supports, seed = 15 }: CityOptions): Generator<CityStream> {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const adoptedAt = HISTORY_ENDS - (HISTORY_DAYS + 1) * DAY_MS;
  yield {
    streamId: 'threshold-policy',
    events: [
      event('threshold_policy.adopted.v1', 'admin', 'admin', {
        ...CITY_POLICY,
        adoptedBy: 'admin',
        adoptedAt: iso(adoptedAt),
      }),
    ],
  };
  const drafts = Array.from({ length: proposals }, () => random() < 0.04);
  const counts = popularity(drafts.filter((draft) => !draft).length, supports, random);
  for (let index = 0, submitted = 0; index < proposals; index++) {
    const proposalId = cityProposalId(index);
    const authorId = `resident-${Math.floor(random() * 100_000)}`;
    const { id: district, nameKo: districtKo } = pick(SEOUL_DISTRICTS);
    const [department, strategy, whatKo, whatEn, whyKo, whyEn] = pick(TOPICS);
    const language = random();
    const title =
      language < 0.7
        ? `${districtKo} ${whatKo}`
        : language < 0.9
          ? `${whatEn} in ${district}`
          : `${districtKo} ${whatKo} (${whatEn})`;
    const body =
      language < 0.7
        ? `${whyKo} ${districtKo} 주민 ${1 + Math.floor(random() * 300)}명이 함께했습니다. ${pick(CLOSING_KO)}`
        : language < 0.9
          ? `${whyEn} ${1 + Math.floor(random() * 300)} residents of ${district} signed. ${pick(CLOSING_EN)}`
          : `${whyKo} ${whyEn} ${pick(CLOSING_KO)} ${pick(CLOSING_EN)}`;
    const departments = random() < 0.2 ? [department, pick(TOPICS)[0]].filter(unique) : [department];
    const draftedAt =
      adoptedAt + DAY_MS + Math.floor(((index + random()) / proposals) * HISTORY_DAYS * DAY_MS);
    const events = [
      event('proposal.drafted.v1', authorId, 'citizen', {
        title,
        body,
        serves: [`strategy-${strategy}`],
        departments,
        district,
        proposalId,
        authorId,
        organizationId: null,
        draftedAt: iso(draftedAt),
      }),
    ];
    if (!drafts[index]) {
      events.push(
        ...submittedHistory(proposalId, authorId, departments, draftedAt, counts[submitted++], random),
      );
    }
    yield { streamId: `proposal-${proposalId}`, events };
  }
}

/** Submitted an hour after drafting, supported over the window, maybe answered, maybe withdrawn. */
function submittedHistory(
  proposalId: string,
  authorId: string,
  departments: string[],
  draftedAt: number,
  supports: number,
  random: () => number,
): EventToAppend[] {
  const submittedAt = draftedAt + 3_600_000;
  const window = CITY_POLICY.supportWindowDays * DAY_MS;
  const events = [
    event('proposal.submitted.v1', authorId, 'citizen', {
      proposalId,
      policy: CITY_POLICY,
      submittedAt: iso(submittedAt),
      supportWindowClosesAt: iso(submittedAt + window),
    }),
  ];
  const firstSupporter = Math.floor(random() * POPULATION);
  const tiers = CITY_POLICY.tiers.filter(({ measure }) => measure === 'supports');
  let last = submittedAt;
  for (let count = 1; count <= supports; count++) {
    const supporterId = `citizen-${(firstSupporter + count) % POPULATION}`;
    last = submittedAt + Math.floor((count / (supports + 1)) * (window - DAY_MS));
    const at = iso(last);
    events.push(
      event('proposal.supported.v1', supporterId, 'citizen', {
        proposalId,
        supporterId,
        supports: count,
        supportedAt: at,
      }),
    );
    for (const { tier, measure, threshold } of tiers.filter((tier) => tier.threshold === count)) {
      events.push(
        event('proposal.tier_reached.v1', supporterId, 'citizen', {
          proposalId,
          tier,
          measure,
          threshold,
          count,
          policyVersion: CITY_POLICY.version,
          departments: [...departments],
          reachedAt: at,
        }),
      );
    }
  }
  if (supports >= tiers[0].threshold && random() < 0.6) {
    last += DAY_MS;
    events.push(
      event('proposal.answer_received.v1', 'department', 'department_officer', {
        proposalId,
        reviewId: reviewIdFor(proposalId, departments[0]),
        department: departments[0],
        outcome: OUTCOMES[Math.floor(random() * OUTCOMES.length)],
        receivedAt: iso(last),
      }),
    );
  }
  if (random() < 0.03) {
    events.push(
      event('proposal.withdrawn.v1', authorId, 'citizen', {
        proposalId,
        reason: '다른 제안과 합칩니다. Merged with another proposal.',
        withdrawnAt: iso(last + DAY_MS),
      }),
    );
  }
  return events;
}

/**
 * Supports per proposal, summing to `supports`: a few proposals gather thousands and most a handful (Zipf, s =
 * 0.8), in an order unrelated to age.
 */
function popularity(proposals: number, supports: number, random: () => number): number[] {
  const weights = Array.from({ length: proposals }, (_, rank) => 1 / (rank + 1) ** 0.8);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const counts = weights.map((weight) => Math.floor((weight / total) * supports));
  counts[0] += supports - counts.reduce((sum, count) => sum + count, 0);
  for (let i = counts.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [counts[i], counts[j]] = [counts[j], counts[i]];
  }
  return counts;
}

/**
 * Writes the city through the store's port: each stream in appends of about `chunk` events (a tier stays with
 * the support that reached it), `concurrency` streams at a time. Returns the events written.
 */
export async function writeCity(
  store: EventStore,
  options: CityOptions,
  { chunk = 1_000, concurrency = 4 } = {},
): Promise<number> {
  const streams = cityStreams(options);
  let written = 0;
  const worker = async () => {
    for (let next = streams.next(); !next.done; next = streams.next()) {
      const { streamId, events } = next.value;
      let version = 0;
      for (let start = 0; start < events.length;) {
        let end = Math.min(start + chunk, events.length);
        while (end < events.length && events[end].type === 'proposal.tier_reached.v1') end++;
        const appended = await store.appendToStream(
          streamId,
          events.slice(start, end),
          version === 0 ? 'no_stream' : version,
        );
        version = appended.nextExpectedStreamVersion;
        written += end - start;
        start = end;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return written;
}

function event(type: string, actor: string, role: string, data: object): EventToAppend {
  return { eventId: randomUUID(), type, data, metadata: { actor, role } };
}

const iso = (ms: number) => new Date(ms).toISOString();
const unique = <T>(item: T, index: number, items: T[]) => items.indexOf(item) === index;

/** A small seeded generator (mulberry32): the same city for the same seed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
