import { Identity, Role } from '@hyeopchi/identity';
import { reviewIdFor } from '@hyeopchi/department/contract';
import { person, testToken } from '@hyeopchi/testing';
import { nowMs, round, summarise } from './stats';

/**
 * The rest of a popular proposal's journey, in a process of its own: `node hot-journey.js <json options>` takes
 * the proposal many supported and one with ten supports, both past their department tier, through the same steps
 * (the department's answer, the committee's agenda, motion, votes and decision, a supporter's feedback) and reads
 * each one's page, turn about, so that both sides meet the same machine. It prints one JSON line: each step's
 * milliseconds on each proposal and their ratio.
 */
export interface JourneyOptions {
  url: string;
  secret: string;
  /** The popular proposal, and one of its supporters, invited to feedback among the last. */
  popular: Journeyer;
  /** A proposal that has no supports yet: the journey gives it ten. */
  tenProposalId: string;
  /** How often each proposal's page is read. */
  pageReads: number;
}

interface Journeyer {
  proposalId: string;
  supporter: string;
}

export interface JourneyStep {
  step: string;
  popularMs: number;
  tenMs: number;
  popularToTen: number;
}

const DEPARTMENT = 'parks';
const officer = person('officer-parks', ['department_officer'], { departments: [DEPARTMENT] });
const admin = person('admin', ['admin']);
const MEMBERS = ['member-a', 'member-b', 'member-c'];
const member = (id: string, roles: Role[] = ['committee_member']) => person(id, roles, { onCommittee: true });
const chair = member(MEMBERS[0], ['committee_chair']);
const WAIT_MS = 120_000;

/** What the web app's proposal page asks for (`apps/web/src/proposals/proposal-page.tsx`), in substance. */
const PAGE = `query ($id: String!) { proposal(id: $id) {
  id title body status supports district departments
  reviews { id department status outcome dueAt interimAnswers { text } }
  answers { department outcome }
  agendaItems { sessionId decision { decisionId outcome } motions { motionId votes { memberId vote } } }
  implementation { status percent }
  feedback { target invited given meanRating }
  timeline { step at detail actor role department }
} }`;

async function graphql(options: JourneyOptions, identity: Identity | null, query: string, variables: object) {
  const response = await fetch(options.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(identity ? { authorization: `Bearer ${testToken(identity, options.secret)}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors ?? body));
  return body.data;
}

/** Sends a mutation; resolves once it is accepted and visible, with the code of a refusal otherwise. */
async function command(options: JourneyOptions, identity: Identity, mutation: string, input: object) {
  const type = mutation.charAt(0).toUpperCase() + mutation.slice(1);
  const data = await graphql(
    options,
    identity,
    `mutation ($input: ${type}Input!) { ${mutation}(input: $input) {
      ... on CommandAccepted { visible } ... on CommandRefused { code message } } }`,
    { input },
  );
  return data[mutation] as { visible?: boolean; code?: string; message?: string };
}

async function accepted(options: JourneyOptions, identity: Identity, mutation: string, input: object) {
  const result = await command(options, identity, mutation, input);
  if (result.visible !== true) throw new Error(`${mutation}: ${JSON.stringify(result)}`);
}

/** The milliseconds an accepted, visible command takes. */
async function timed(options: JourneyOptions, identity: Identity, mutation: string, input: object) {
  const started = nowMs();
  await accepted(options, identity, mutation, input);
  return nowMs() - started;
}

/** Asks again while the platform has yet to carry the step before (a process manager's work) that far. */
async function once<T>(what: string, attempt: () => Promise<T | undefined>): Promise<T> {
  const deadline = nowMs() + WAIT_MS;
  for (;;) {
    const done = await attempt();
    if (done !== undefined) return done;
    if (nowMs() > deadline) throw new Error(`${what}: not there after ${WAIT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A command the platform makes possible after another (the docket, the invitations): timed from its first try. */
async function timedOnceAllowed(
  options: JourneyOptions,
  identity: Identity,
  mutation: string,
  input: object,
  waitingFor: string[],
) {
  const started = nowMs();
  await once(mutation, async () => {
    const result = await command(options, identity, mutation, input);
    if (result.visible === true) return true;
    if (result.code && waitingFor.includes(result.code)) return undefined;
    throw new Error(`${mutation}: ${JSON.stringify(result)}`);
  });
  return nowMs() - started;
}

async function pageReadMs(options: JourneyOptions, proposalId: string): Promise<number> {
  const started = nowMs();
  await graphql(options, null, PAGE, { id: proposalId });
  return nowMs() - started;
}

/** One proposal through the steps after its tier; the milliseconds of each. */
async function journey(options: JourneyOptions, { proposalId, supporter }: Journeyer) {
  const reviewId = reviewIdFor(proposalId, DEPARTMENT);
  const review = { reviewId, department: DEPARTMENT };
  const sessionId = `session-${proposalId}`;
  const item = { sessionId, itemId: 'item-1' };
  const decisionId = `decision-${proposalId}`;
  const steps: Record<string, number> = {};
  steps.interimAnswer = await timedOnceAllowed(
    options,
    officer,
    'giveInterimAnswer',
    { ...review, text: 'Site survey under way.' },
    ['REVIEW_NOT_FOUND'],
  );
  steps.departmentAnswer = await timed(options, officer, 'answerReview', {
    ...review,
    outcome: 'referred_to_committee',
    reasons: 'A budget decision across districts.',
    estimatedCost: 120_000_000,
  });
  // from the answer until the supporter is invited: the platform invites every supporter in the meantime
  const feedback = (target: string, targetId: string) =>
    timedOnceAllowed(
      options,
      person(supporter, ['citizen']),
      'giveFeedback',
      { target, targetId, rating: 4, comment: 'Clear.' },
      ['FEEDBACK_NOT_OPEN', 'NOT_INVITED'],
    );
  steps.feedbackOnAnswer = await feedback('answer', reviewId);
  steps.scheduleSession = await timed(options, chair, 'scheduleSession', {
    sessionId,
    scheduledFor: new Date().toISOString(),
  });
  steps.addAgendaItem = await timedOnceAllowed(
    options,
    chair,
    'addAgendaItem',
    { ...item, proposalId, source: 'department_referral' },
    ['NOT_ON_DOCKET'],
  );
  for (const memberId of MEMBERS)
    await accepted(options, chair, 'recordAttendance', { sessionId, memberId, present: true });
  steps.proposeMotion = await timed(options, chair, 'proposeMotion', {
    ...item,
    motionId: 'motion-1',
    text: 'Adopt, phased over two years.',
  });
  steps.castVote = await timed(options, member(MEMBERS[1]), 'castVote', {
    ...item,
    motionId: 'motion-1',
    vote: 'for',
  });
  await accepted(options, chair, 'castVote', { ...item, motionId: 'motion-1', vote: 'for' });
  steps.recordDecision = await timed(options, chair, 'recordDecision', {
    ...item,
    decisionId,
    outcome: 'adopt',
    motionId: 'motion-1',
    rationale: 'Urgent; phased to fit the budget.',
    amendments: null,
    supersedes: null,
  });
  steps.feedbackOnDecision = await feedback('decision', decisionId);
  return steps;
}

async function run(options: JourneyOptions): Promise<JourneyStep[]> {
  const tenSupporters = Array.from({ length: 10 }, (_, n) => `ten-citizen-${n + 1}`);
  for (const supporter of tenSupporters)
    await accepted(options, person(supporter, ['citizen']), 'supportProposal', {
      proposalId: options.tenProposalId,
    });
  const tenProposal = { proposalId: options.tenProposalId, supporter: tenSupporters[9] };
  for (const memberId of MEMBERS)
    await accepted(options, admin, 'appointMember', { memberId, name: memberId, sector: 'public' });
  await accepted(options, admin, 'designateCoChairs', { coChairs: MEMBERS.slice(0, 2) });
  const pages = { popular: [] as number[], ten: [] as number[] };
  for (let read = 0; read < options.pageReads; read++) {
    pages.ten.push(await pageReadMs(options, options.tenProposalId));
    pages.popular.push(await pageReadMs(options, options.popular.proposalId));
  }
  const ten = await journey(options, tenProposal);
  const popular = await journey(options, options.popular);
  const step = (name: string, popularMs: number, tenMs: number): JourneyStep => ({
    step: name,
    popularMs: round(popularMs, 1),
    tenMs: round(tenMs, 1),
    popularToTen: round(popularMs / tenMs, 2),
  });
  return [
    step('proposal page, p50', summarise(pages.popular).p50, summarise(pages.ten).p50),
    step('proposal page, p99', summarise(pages.popular).p99, summarise(pages.ten).p99),
    ...Object.keys(ten).map((name) => step(name, popular[name], ten[name])),
  ];
}

if (require.main === module) {
  run(JSON.parse(process.argv[2]) as JourneyOptions).then(
    (result) => console.log(JSON.stringify(result)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
