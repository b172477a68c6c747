import { problemsOf, textProblem } from '../forms/text-problem';

/** The civic contract's limits for an amendment: the proposal's title and text, and the reason for the change. */
const MAX = { title: 200, body: 20_000, reason: 2_000 };

/** Where a proposal has had a department's answer: its author may amend it from there on, until it is withdrawn. */
const ANSWERED_OR_LATER = new Set([
  'answered',
  'on_committee_agenda',
  'decided',
  'implementing',
  'implemented',
]);

export const mayBeAmended = (status: string) => ANSWERED_OR_LATER.has(status);

export type AmendmentField = keyof typeof MAX;

/** What is wrong with an amendment, by field. */
export const amendmentProblems = (amendment: Record<AmendmentField, string>) =>
  problemsOf<AmendmentField>({
    title: textProblem(amendment.title, MAX.title),
    body: textProblem(amendment.body, MAX.body),
    reason: textProblem(amendment.reason, MAX.reason),
  });
