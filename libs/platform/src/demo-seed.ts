import { nameBasedUuid } from '@hyeopchi/name-based-uuid';
import { sleep } from '@hyeopchi/backoff';
import { CommandReply, CommandSender } from '@hyeopchi/command-processing';
import { implementationIdFor, reviewIdFor } from '@hyeopchi/department/contract';
import { seedMasterPlanFromStudy } from '@hyeopchi/committee/seeds';
import { planIndicatorSteps } from './demo-plan-indicators';
import { DEMO_DEPARTMENTS, DEPARTMENT_REGISTRAR } from './demo-departments';

export interface Step {
  context: string;
  actor: string;
  role: string;
  type: string;
  data: Record<string, unknown>;
  /** Codes that mean a process manager has not caught up yet: the step is sent again until it has. */
  waitsOn?: string[];
  /** Codes that mean what the step does is done already, by an older seed that did it another way. */
  doneWhen?: string[];
}

/** The people of the demo: who the persona tokens are for (README, first five minutes). */
const P = {
  admin: 'admin',
  csoAdmin: 'kim-jiyoung',
  csoMember: 'lee-minho',
  otherCsoAdmin: 'park-seoyeon',
  citizens: ['citizen-1', 'citizen-2', 'citizen-3', 'citizen-4', 'citizen-5'],
  officers: { parks: 'officer-parks', climate: 'officer-climate', welfare: 'officer-welfare' },
  chair: 'member-han',
  members: ['member-han', 'member-yoon', 'member-choi', 'member-seo', 'member-jung'],
  secretariat: 'secretariat-jung',
  auditor: 'auditor-lee',
  mapoChair: 'member-mapo-kang',
} as const;

/** The committee's roster, by the names the city appoints its members under. */
const ROSTER_NAMES: Readonly<Record<(typeof P.members)[number], string>> = {
  'member-han': '한정민',
  'member-yoon': '윤서연',
  'member-choi': '최민준',
  'member-seo': '서하은',
  'member-jung': '정우진',
};

/** Mapo-gu's committee: its own roster, under Korean names; its chair has a persona of her own. */
const MAPO_ROSTER: readonly (readonly [memberId: string, name: string, sector: 'public' | 'private'])[] = [
  [P.mapoChair, '강나래', 'public'],
  ['member-mapo-song', '송지호', 'private'],
  ['member-mapo-lim', '임소율', 'private'],
];

/**
 * The public names people chose, each in the role they chose it in; citizen-3 to citizen-6 chose none (they
 * appear as 시민, "a citizen").
 */
const PUBLIC_NAMES: readonly (readonly [actor: string, role: string, displayName: string])[] = [
  [P.csoAdmin, 'cso_admin', '김지영'],
  [P.csoMember, 'cso_member', '이민호'],
  [P.otherCsoAdmin, 'cso_admin', '박서연'],
  [P.citizens[0], 'citizen', '최유나'],
  [P.citizens[1], 'citizen', '한도윤'],
  [P.officers.parks, 'department_officer', '오세진'],
  [P.officers.climate, 'department_officer', '강민서'],
  [P.officers.welfare, 'department_officer', '문지후'],
  [P.secretariat, 'secretariat', '정하늘'],
  [P.auditor, 'auditor', '이수진'],
];

type Policy = readonly [spaceId: string | null, departmentAnswer: number, publicForum: number];

/** The city's support thresholds; it names no space, as the seed adopted it before there were spaces. */
const CITY_POLICY: Policy = [null, 3, 50];
/** Two districts hold their proposals to thresholds of their own. */
const DISTRICT_POLICIES: readonly Policy[] = [
  ['Mapo-gu', 5, 30],
  ['Seongbuk-gu', 4, 20],
];

const at = (role: string, actor: string, context: string) => ({ role, actor, context });
const policyStep = ([spaceId, departmentAnswer, publicForum]: Policy): Step => ({
  ...at('admin', P.admin, 'civic'),
  type: 'AdoptThresholdPolicy',
  data: {
    ...(spaceId && { spaceId }),
    supportWindowDays: 30,
    tiers: [
      { tier: 'department_answer', measure: 'supports', threshold: departmentAnswer },
      { tier: 'public_forum', measure: 'supports', threshold: publicForum },
      { tier: 'mayor_answer', measure: 'forum_participants', threshold: 300 },
    ],
  },
});
const proposal = (id: string, author: string, organizationId: string | null, content: object): Step[] => [
  {
    ...at('cso_admin', author, 'civic'),
    type: 'DraftProposal',
    data: { proposalId: id, organizationId, ...content },
  },
];
const submitted = (id: string, author: string, supporters: readonly string[]): Step[] => [
  { ...at('cso_admin', author, 'civic'), type: 'SubmitProposal', data: { proposalId: id } },
  ...supporters.map((supporter) => ({
    ...at('citizen', supporter, 'civic'),
    type: 'SupportProposal',
    data: { proposalId: id },
  })),
];

/**
 * A small city to look at: two organizations, its departments in the directory (three with officers), a committee,
 * and proposals at every stage from draft to implementation. Each step's command id derives from its place, so seeding again changes nothing.
 */
function demoSteps(now: Date): Step[] {
  const river = 'river-cleanup';
  const riverReview = reviewIdFor(river, 'climate');
  const decisionId = 'decision-river-cleanup';
  const implementationId = implementationIdFor(decisionId);
  const session = { sessionId: 'session-2026-1', itemId: 'item-1' };
  const inAMonth = new Date(now.getTime() + 30 * 24 * 3600 * 1000).toISOString();
  return [
    policyStep(CITY_POLICY),
    ...DEMO_DEPARTMENTS.map((data) => ({
      ...at(DEPARTMENT_REGISTRAR.role, DEPARTMENT_REGISTRAR.actor, 'civic'),
      type: 'RegisterDepartment',
      data: { ...data },
      doneWhen: ['DEPARTMENT_EXISTS'],
    })),
    ...Object.entries(P.officers).map(([departmentId, personId]) => ({
      ...at(DEPARTMENT_REGISTRAR.role, DEPARTMENT_REGISTRAR.actor, 'civic'),
      type: 'AssignDepartmentOfficer',
      data: { departmentId, personId },
      doneWhen: ['OFFICER_ALREADY_ASSIGNED'],
    })),
    {
      ...at('cso_admin', P.csoAdmin, 'civic'),
      type: 'RegisterOrganization',
      data: { organizationId: 'mapo-green', name: 'Mapo Green Network', district: 'Mapo-gu' },
    },
    // older seeds had lee-minho join on his own word, which is no longer possible
    {
      ...at('cso_member', P.csoMember, 'civic'),
      type: 'RequestMembership',
      data: { organizationId: 'mapo-green' },
      doneWhen: ['ALREADY_MEMBER'],
    },
    {
      ...at('cso_admin', P.csoAdmin, 'civic'),
      type: 'ApproveMembership',
      data: { organizationId: 'mapo-green', requesterId: P.csoMember },
      doneWhen: ['NO_MEMBERSHIP_REQUEST'],
    },
    // one request awaiting the administrator's answer
    {
      ...at('citizen', P.citizens[0], 'civic'),
      type: 'RequestMembership',
      data: { organizationId: 'mapo-green' },
    },
    // the secretariat vouches for one; the other awaits verification on its desk
    {
      ...at('secretariat', P.secretariat, 'civic'),
      type: 'VerifyOrganization',
      data: {
        organizationId: 'mapo-green',
        note: 'Registered as a non-profit civic group with the Seoul Metropolitan Government (No. 2024-117).',
      },
    },
    {
      ...at('cso_admin', P.otherCsoAdmin, 'civic'),
      type: 'RegisterOrganization',
      data: { organizationId: 'seongbuk-youth', name: 'Seongbuk Youth Forum', district: 'Seongbuk-gu' },
    },
    ...PUBLIC_NAMES.map(([actor, role, displayName]) => ({
      ...at(role, actor, 'civic'),
      type: 'ChoosePublicName',
      data: { personId: actor, displayName },
    })),
    ...P.members.map((memberId, index) => ({
      ...at('admin', P.admin, 'committee'),
      type: 'AppointMember',
      data: { memberId, name: ROSTER_NAMES[memberId], sector: index % 2 === 0 ? 'public' : 'private' },
    })),
    {
      ...at('admin', P.admin, 'committee'),
      type: 'DesignateCoChairs',
      data: { coChairs: ['member-han', 'member-yoon'] },
    },
    ...MAPO_ROSTER.map(([memberId, name, sector]) => ({
      ...at('admin', P.admin, 'committee'),
      type: 'AppointMember',
      data: { spaceId: 'Mapo-gu', memberId, name, sector },
    })),
    {
      ...at('admin', P.admin, 'committee'),
      type: 'DesignateCoChairs',
      data: { spaceId: 'Mapo-gu', coChairs: [P.mapoChair, MAPO_ROSTER[1][0]] },
    },

    // a draft, a proposal collecting supports, one under review
    ...proposal('bike-lanes', P.csoMember, null, {
      title: 'Protected bike lanes on Yanghwa-ro',
      body: 'Separate cyclists from buses on the busiest stretch.',
      serves: ['strategy-2'],
      departments: ['climate'],
      district: 'Mapo-gu',
    }),
    ...proposal('youth-seats', P.otherCsoAdmin, 'seongbuk-youth', {
      title: 'Two youth seats on the district council',
      body: 'Young residents take part in the decisions that shape their district.',
      serves: ['strategy-4'],
      departments: ['welfare'],
      district: 'Seongbuk-gu',
    }),
    ...submitted('youth-seats', P.otherCsoAdmin, P.citizens.slice(0, 2)),
    ...proposal('shade-canopies', P.csoAdmin, 'mapo-green', {
      title: 'Shade canopies in three parks',
      body: 'Shade over the playgrounds of three parks before the summer heat.',
      serves: ['strategy-5'],
      departments: ['parks', 'climate'],
      district: 'Mapo-gu',
    }),
    ...submitted('shade-canopies', P.csoAdmin, P.citizens.slice(0, 4)),

    // districts' own thresholds, a council, and proposals made in their spaces short of their first thresholds
    ...DISTRICT_POLICIES.map(policyStep),
    {
      ...at('secretariat', P.secretariat, 'civic'),
      type: 'CreateCouncil',
      data: {
        councilId: 'climate-council',
        nameKo: '기후위기 대응 협의회',
        nameEn: 'Climate Action Council',
        theme: '온실가스 감축과 폭염·홍수 대비를 시민과 함께 논의합니다.',
      },
    },
    ...proposal(MAPO_PROPOSAL, P.csoAdmin, 'mapo-green', {
      spaceId: 'Mapo-gu',
      title: '망원시장 앞 그늘막과 쉼터 의자',
      body: '여름철 장 보러 오는 어르신들이 쉬어 갈 수 있도록 시장 입구에 그늘막과 의자를 놓아 주세요.',
      serves: ['strategy-5'],
      departments: ['mapo-parks'],
      district: 'Mapo-gu',
    }),
    ...submitted(MAPO_PROPOSAL, P.csoAdmin, P.citizens.slice(0, 2)),
    ...proposal('seongbuk-library-evenings', P.otherCsoAdmin, 'seongbuk-youth', {
      spaceId: 'Seongbuk-gu',
      title: '작은도서관 평일 저녁 9시까지 개방',
      body: '학교와 일을 마친 청년들이 공부할 곳이 부족합니다. 동네 작은도서관을 평일 저녁 9시까지 열어 주세요.',
      serves: ['strategy-4'],
      departments: ['seongbuk-welfare'],
      district: 'Seongbuk-gu',
    }),
    ...submitted('seongbuk-library-evenings', P.otherCsoAdmin, P.citizens.slice(2, 3)),
    ...proposal('school-rooftop-solar', P.csoMember, null, {
      spaceId: 'climate-council',
      title: '학교 옥상에 시민 햇빛발전소',
      body: '학교 옥상에 시민이 함께 투자하는 태양광 발전소를 세우고, 수익은 학교 환경 교육에 씁니다.',
      serves: ['strategy-2'],
      departments: ['climate'],
      district: 'Seodaemun-gu',
    }),
    {
      ...at('department_officer', P.officers.parks, 'department'),
      type: 'GiveInterimAnswer',
      data: {
        reviewId: reviewIdFor('shade-canopies', 'parks'),
        department: 'parks',
        text: 'A site survey of the three parks is under way.',
      },
      waitsOn: ['REVIEW_NOT_FOUND'],
    },

    // one proposal all the way: referred, decided, being implemented
    ...proposal(river, P.csoAdmin, 'mapo-green', {
      title: 'Monthly Hongje stream clean-up with residents',
      body: 'Residents and the district clean the stream together, once a month.',
      serves: ['strategy-1'],
      departments: ['climate'],
      district: 'Seodaemun-gu',
    }),
    ...submitted(river, P.csoAdmin, P.citizens),
    {
      ...at('department_officer', P.officers.climate, 'department'),
      type: 'AnswerReview',
      data: {
        reviewId: riverReview,
        department: 'climate',
        outcome: 'referred_to_committee',
        reasons: 'It needs a standing budget line: the committee decides.',
        estimatedCost: 30_000_000,
      },
      waitsOn: ['REVIEW_NOT_FOUND'],
    },
    {
      ...at('committee_chair', P.chair, 'committee'),
      type: 'ScheduleSession',
      data: { sessionId: session.sessionId, scheduledFor: now.toISOString() },
    },
    {
      ...at('committee_chair', P.chair, 'committee'),
      type: 'AddAgendaItem',
      data: { ...session, proposalId: river, source: 'department_referral' },
      waitsOn: ['NOT_ON_DOCKET'],
    },
    ...P.members.slice(0, 4).map((memberId) => ({
      ...at('committee_chair', P.chair, 'committee'),
      type: 'RecordAttendance',
      data: { sessionId: session.sessionId, memberId, present: true },
    })),
    {
      ...at('committee_chair', P.chair, 'committee'),
      type: 'ProposeMotion',
      data: { ...session, motionId: 'motion-1', text: 'Adopt, with a standing budget line from next year.' },
    },
    ...(['member-han', 'member-yoon', 'member-choi', 'member-seo'] as const).map((memberId, index) => ({
      ...at('committee_member', memberId, 'committee'),
      type: 'CastVote',
      data: { ...session, motionId: 'motion-1', vote: index < 3 ? 'for' : 'abstain' },
    })),
    {
      ...at('committee_chair', P.chair, 'committee'),
      type: 'RecordDecision',
      data: {
        ...session,
        decisionId,
        outcome: 'adopt',
        motionId: 'motion-1',
        rationale: 'Residents already organise it; a budget line makes it last.',
        amendments: null,
        supersedes: null,
      },
    },
    {
      ...at('department_officer', P.officers.climate, 'department'),
      type: 'PlanImplementation',
      data: {
        implementationId,
        milestones: [
          { milestoneId: 'volunteers', title: 'Volunteer groups formed', dueAt: inAMonth },
          { milestoneId: 'first-clean-up', title: 'First monthly clean-up', dueAt: inAMonth },
        ],
      },
      waitsOn: ['IMPLEMENTATION_NOT_FOUND'],
    },
    {
      ...at('department_officer', P.officers.climate, 'department'),
      type: 'CompleteMilestone',
      data: { implementationId, milestoneId: 'volunteers' },
    },
    {
      ...at('department_officer', P.officers.climate, 'department'),
      type: 'ReportProgress',
      data: { implementationId, percent: 40, note: 'Four volunteer groups formed along the stream.' },
    },
    {
      ...at('admin', P.admin, 'feedback'),
      type: 'OpenSurvey',
      data: {
        surveyId: 'trust-2026',
        topic: 'trust',
        question: 'Do the public and private partners trust each other?',
      },
    },
    ...(
      [
        [P.officers.parks, 'department_officer', 'public', 4],
        [P.officers.climate, 'department_officer', 'public', 4],
        [P.csoAdmin, 'cso_admin', 'private', 2],
        [P.otherCsoAdmin, 'cso_admin', 'private', 3],
      ] as const
    ).map(([actor, role, sector, score]) => ({
      ...at(role, actor, 'feedback'),
      type: 'AnswerSurvey',
      data: { surveyId: 'trust-2026', sector, score },
    })),
    ...planIndicatorSteps(now),
    ...mapoReferralSteps(),
  ];
}

const MAPO_PROPOSAL = 'mangwon-market-rest';
const MAPO_OFFICER = 'officer-mapo-parks';

/**
 * Mapo-gu's proposal reaches its district's department tier and the district's parks division refers it to Mapo-gu's
 * committee, whose docket it then waits on: where the README's walk through a district starts. Last, so that the
 * city's streams keep the positions the README's examples name.
 */
function mapoReferralSteps(): Step[] {
  return [
    {
      ...at('department_officer', MAPO_OFFICER, 'civic'),
      type: 'ChoosePublicName',
      data: { personId: MAPO_OFFICER, displayName: '한지민' },
    },
    {
      ...at(DEPARTMENT_REGISTRAR.role, DEPARTMENT_REGISTRAR.actor, 'civic'),
      type: 'AssignDepartmentOfficer',
      data: { departmentId: 'mapo-parks', personId: MAPO_OFFICER },
      doneWhen: ['OFFICER_ALREADY_ASSIGNED'],
    },
    ...P.citizens.slice(2).map((supporter) => ({
      ...at('citizen', supporter, 'civic'),
      type: 'SupportProposal',
      data: { proposalId: MAPO_PROPOSAL },
    })),
    {
      ...at('department_officer', MAPO_OFFICER, 'department'),
      type: 'AnswerReview',
      data: {
        reviewId: reviewIdFor(MAPO_PROPOSAL, 'mapo-parks'),
        department: 'mapo-parks',
        outcome: 'referred_to_committee',
        reasons: '시장 입구는 구 소유 도로라 구 협치위원회가 먼저 논의해야 합니다.',
        estimatedCost: null,
      },
      waitsOn: ['REVIEW_NOT_FOUND'],
    },
  ];
}

const PROCESS_MANAGER_PATIENCE_MS = 30_000;

/**
 * A step's command id: from what it is about (its type, actor and the ids in its data), not its place in the list
 * nor its times, so a seed with steps added or removed still recognises the ones it sent before.
 */
function commandIdOf({ type, actor, data }: Step): string {
  const ids = Object.entries(data).filter(([name, value]) => /Id$/.test(name) && typeof value === 'string');
  return nameBasedUuid(
    `seed/demo/${type}/${actor}/${ids.map(([name, value]) => `${name}=${value}`).join('/')}`,
  );
}

/** Sends one step, again while a process manager it depends on has not caught up. */
async function sendStep(sender: CommandSender, step: Step): Promise<CommandReply> {
  const deadline = Date.now() + PROCESS_MANAGER_PATIENCE_MS;
  const commandId = commandIdOf(step);
  for (;;) {
    const { type, data, actor, role } = step;
    const reply = await sender.send(step.context, { type, data, actor, role, commandId });
    if (reply.ok || !step.waitsOn?.includes(reply.error.code) || Date.now() > deadline) return reply;
    await sleep(100);
  }
}

/**
 * Seeds the master plan from the study and the demo city, through the services like anyone else. Returns the
 * number of commands accepted; a refused one stops the seed with its reason.
 */
export async function seedDemo(sender: CommandSender, now = new Date()): Promise<number> {
  const planCommands = await seedMasterPlanFromStudy(sender, {
    planId: 'governance-seoul',
    periodFrom: '2026-01-01T00:00:00Z',
    periodTo: '2030-12-31T00:00:00Z',
  });
  const steps = demoSteps(now);
  for (const [index, step] of steps.entries()) {
    const reply = await sendStep(sender, step);
    // a step sent at an earlier start carried that start's times: it was taken then
    const takenAlready =
      reply.ok || reply.error.code === 'COMMAND_ID_REUSED' || step.doneWhen?.includes(reply.error.code);
    if (!takenAlready)
      throw new Error(`demo step ${index} ${step.type} refused: ${reply.error.code} ${reply.error.message}`);
  }
  return planCommands + steps.length;
}
