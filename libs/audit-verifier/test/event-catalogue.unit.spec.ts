import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EVENT_CATALOGUE_FILE, eventCatalogue } from '../src/event-catalogue';

const root = resolve(__dirname, '../../..');

describe('the event catalogue (docs/events.schema.json)', () => {
  const generated = eventCatalogue(root);
  type Revision = { properties: { schemaVersion: { const: number }; data: { required: string[] } } };
  const definitions = generated.$defs as Record<string, Revision | { anyOf: Revision[] }>;
  /** The current revision's schema: the last of several, or the only one. */
  const current = (type: string) => {
    const definition = definitions[type];
    return 'anyOf' in definition ? definition.anyOf.at(-1)! : definition;
  };

  it('is what the domain libraries define today: run `npm run events:catalogue` after changing an event', async () => {
    const committed: unknown = JSON.parse(await readFile(join(root, EVENT_CATALOGUE_FILE), 'utf8'));
    expect(committed).toEqual(generated);
  });

  it('states each event’s data member by member, with literal unions, nullable members and tuples', () => {
    expect(Object.keys(definitions)).toEqual(
      expect.arrayContaining(['proposal.submitted.v1', 'session.decision_recorded.v1', 'survey.answered.v1']),
    );
    const decision = current('session.decision_recorded.v1').properties.data;
    expect(decision).toMatchObject({
      type: 'object',
      additionalProperties: false,
      properties: {
        outcome: {
          enum: [
            'adopt',
            'adopt_with_amendments',
            'reject',
            'defer',
            'refer_to_city',
            'delegate_to_district',
          ],
        },
        motionId: { anyOf: [{ type: 'string' }, { type: 'null' }] },
        tally: { type: 'object', required: ['for', 'against', 'abstain'] },
        recused: { type: 'array', items: { type: 'string' } },
      },
    });
    expect(current('committee.co_chairs_designated.v1').properties.data).toMatchObject({
      properties: { coChairs: { type: 'array', minItems: 2, maxItems: 2 } },
    });
  });

  it('gives each revision of a type its own schema: an older one without the fields added since', () => {
    const drafted = definitions['proposal.drafted.v1'];
    expect(
      'anyOf' in drafted && drafted.anyOf.map(({ properties }) => properties.schemaVersion.const),
    ).toEqual([1, 2]);
    const [first, second] = 'anyOf' in drafted ? drafted.anyOf : [];
    expect(first.properties.data.required).not.toContain('spaceId');
    expect(second.properties.data.required).toContain('spaceId');
    expect(current('proposal.withdrawn.v1').properties.schemaVersion.const).toBe(1);
  });
});
