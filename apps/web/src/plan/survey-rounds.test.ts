import { describe, expect, it } from 'vitest';
import { surveyLabels } from './survey-rounds';

const roundOf = (topic: string, round: number) => `${topic} (round ${round})`;

describe("a survey's name on the perception chart", () => {
  it('is its topic when the topic was asked once', () => {
    const labels = surveyLabels([{ surveyId: 'a', topic: 'trust' }], roundOf);
    expect([...labels]).toEqual([['a', 'trust']]);
  });

  it('says the round when the same topic was asked again', () => {
    const labels = surveyLabels(
      [
        { surveyId: 'a', topic: 'trust' },
        { surveyId: 'b', topic: 'openness' },
        { surveyId: 'c', topic: 'trust' },
      ],
      roundOf,
    );
    expect([...labels]).toEqual([
      ['a', 'trust (round 1)'],
      ['b', 'openness'],
      ['c', 'trust (round 2)'],
    ]);
  });
});
