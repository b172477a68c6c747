import { describe, expect, it } from 'vitest';
import { JourneyStep, actorText, detailNamesSpace, stepText } from './timeline-text';

const strings: Record<string, string> = {
  'proposal.timeline.steps.review.answered': '{{department}} answered: {{detail}}',
  'proposal.timeline.steps.review.interim_answer_given': '{{department}} said: {{detail}}',
  'proposal.timeline.steps.other': 'Step {{step}}',
  'proposal.outcomes.partially_accepted': 'partially accepted',
  'proposal.timeline.platform': 'the platform',
  'session.roles.department_officer': 'Department officer',
  'people.nameless.citizen': 'a citizen',
};
const translator = {
  exists: (key: string) => key in strings,
  t: (key: string, values: Record<string, unknown> = {}) =>
    (strings[key] ?? `MISSING ${key}`).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name])),
};
const step = (fields: Partial<JourneyStep>): JourneyStep => ({
  step: 'review.answered',
  person: { displayName: '박공원', role: 'official' },
  role: 'department_officer',
  department: 'parks',
  detail: 'partially_accepted',
  ...fields,
});

describe('a step of the journey in words', () => {
  it('translates a coded detail such as an outcome', () => {
    expect(stepText(translator, step({}))).toBe('parks answered: partially accepted');
  });

  it('shows a free-text detail as given', () => {
    expect(stepText(translator, step({ step: 'review.interim_answer_given', detail: 'Surveying.' }))).toBe(
      'parks said: Surveying.',
    );
  });

  it('knows the steps whose detail is a space to be named, and no other', () => {
    expect(detailNamesSpace('proposal.referred')).toBe(true);
    expect(detailNamesSpace('proposal.delegated')).toBe(true);
    expect(detailNamesSpace('proposal.withdrawn')).toBe(false);
  });

  it('still names a step it has no sentence for', () => {
    expect(stepText(translator, step({ step: 'proposal.renamed' }))).toBe('Step proposal.renamed');
  });

  it('says who: a person by their public name with their role, or the platform', () => {
    expect(actorText(translator, step({}))).toBe('박공원 (Department officer)');
    expect(actorText(translator, step({ person: null, role: 'system' }))).toBe('the platform');
    expect(actorText(translator, step({ person: null, role: null }))).toBeNull();
  });

  it('says a person who chose no name by their role, never by their account id', () => {
    const nameless = { displayName: null, role: 'citizen' as const };
    expect(actorText(translator, step({ person: nameless }))).toBe('Department officer');
    expect(actorText(translator, step({ person: nameless, role: 'unknown_role' }))).toBe('a citizen');
  });
});
