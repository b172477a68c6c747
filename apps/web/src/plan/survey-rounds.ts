/**
 * Each survey's name on the chart: its topic, and where the same topic was asked in more than one survey, which
 * round it was (counted in the order given), so two rounds never read as one.
 */
export function surveyLabels<Survey extends { surveyId: string; topic: string }>(
  surveys: readonly Survey[],
  roundOf: (topic: string, round: number) => string,
): Map<string, string> {
  const asked = new Map<string, number>();
  for (const { topic } of surveys) asked.set(topic, (asked.get(topic) ?? 0) + 1);
  const rounds = new Map<string, number>();
  return new Map(
    surveys.map(({ surveyId, topic }) => {
      const round = (rounds.get(topic) ?? 0) + 1;
      rounds.set(topic, round);
      return [surveyId, asked.get(topic)! > 1 ? roundOf(topic, round) : topic];
    }),
  );
}
