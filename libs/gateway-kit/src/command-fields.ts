import { CommandContract, ID_RULE } from '@hyeopchi/contract-kit';

/**
 * What each field of a command input means, the words shared by every context's commands; a contract's
 * `api.fields` says what a field means where it means something else in that command.
 */
export const COMMON_FIELDS: Readonly<Record<string, string>> = {
  amendments: 'The amendments adopted with the decision, or null.',
  body: 'What it proposes and why, up to 20,000 characters.',
  coChairs: 'The two members who co-chair: one from each sector.',
  comment: 'What you think, up to 5,000 characters.',
  decisionId: `An id for the decision ${ID_RULE}.`,
  department: 'The department the command acts for; you must be one of its officers.',
  departments: 'The departments asked to answer it; the first one leads.',
  district: 'The district, by its id in `districts` (Mapo-gu, Jongno-gu, …).',
  dueAt: 'When it is due (ISO 8601).',
  estimatedCost: 'The estimated cost in won, or null.',
  implementationId: 'The implementation.',
  issueId: `An id for the pending issue ${ID_RULE}.`,
  itemId: 'The agenda item.',
  measure: 'What is counted: supports or forum_participants.',
  memberId: 'The member (subject id).',
  milestoneId: `The milestone ${ID_RULE}.`,
  milestones: 'The plan: at least one milestone, each id once.',
  minutes: 'The minutes, up to 100,000 characters.',
  motionId: 'The motion.',
  nameEn: 'Its name in English, up to 100 characters.',
  nameKo: 'Its name in Korean, up to 100 characters.',
  name: 'The name, up to 200 characters.',
  note: 'What happened, up to 5,000 characters.',
  officerId: 'The officer to assign (subject id).',
  organizationId: 'The organization.',
  outcome: 'The outcome.',
  participants: 'Forum participants so far.',
  percent: 'Percent done, a whole number from 0 to 100.',
  periodFrom: 'The start of the period, an ISO 8601 date and time (2026-01-01T00:00:00Z).',
  periodTo: 'The end of the period, an ISO 8601 date and time after its start.',
  planId: 'The master plan.',
  policyId: `An id for the policy ${ID_RULE}.`,
  present: 'Whether the member is present.',
  proposalId: 'The proposal.',
  question: 'The question asked, up to 2,000 characters.',
  rating: 'Your rating, a whole number from 1 to 5.',
  rationale: 'Why the committee decided so, up to 10,000 characters.',
  reason: 'Why, up to 2,000 characters.',
  reasons: 'The reasons of the answer, up to 10,000 characters.',
  requesterId: 'Who asked to join (subject id).',
  reviewId: 'The review.',
  role: 'The role in the organization.',
  scheduledFor: 'When it meets (ISO 8601).',
  score: 'Your score, 1 to 5.',
  sector: 'The sector: public, or private (civil society).',
  serves: 'The master plan strategies or policies it serves (ids).',
  sessionId: 'The session.',
  source: 'How the proposal came to the committee.',
  spaceId:
    'The governance space it acts in: seoul (the city, when left out), a district id such as Mapo-gu, or a council.',
  strategyId: 'The strategy.',
  supersedes: 'The earlier decision this one replaces, or null.',
  supportWindowDays: 'How many days a submitted proposal collects supports.',
  surveyId: 'The survey.',
  target: 'What the feedback is on.',
  targetId: 'The review, decision or implementation the feedback is on.',
  text: 'The text, up to 5,000 characters.',
  threshold: 'How many are needed to reach the tier.',
  tier: 'The tier.',
  tiers: 'The tiers, one to three.',
  title: 'The title, up to 200 characters.',
  topic: 'The topic it measures, up to 200 characters.',
  vision: 'The vision, up to 1,000 characters.',
  vote: 'Your vote.',
};

export function describeField(contract: CommandContract, field: string): string {
  const description = contract.api?.fields?.[field] ?? COMMON_FIELDS[field];
  if (!description) {
    throw new Error(`${contract.type}.${field} has no description: say it in its contract's api.fields`);
  }
  return description;
}
