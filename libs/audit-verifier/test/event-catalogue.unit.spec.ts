import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EVENT_CATALOGUE_FILE, eventCatalogue } from '../src/event-catalogue';

const root = resolve(__dirname, '../../..');

describe('the event catalogue (docs/events.schema.json)', () => {
  const generated = eventCatalogue(root);
  const definitions = generated.$defs as Record<string, { properties: { data: object } }>;

  it('is what the domain libraries define today: run `npm run events:catalogue` after changing an event', async () => {
    const committed: unknown = JSON.parse(await readFile(join(root, EVENT_CATALOGUE_FILE), 'utf8'));
    expect(committed).toEqual(generated);
  });

  it('states each event’s data member by member, with literal unions, nullable members and tuples', () => {
    expect(Object.keys(definitions)).toEqual(
      expect.arrayContaining(['proposal.submitted.v1', 'session.decision_recorded.v1', 'survey.answered.v1']),
    );
    const decision = definitions['session.decision_recorded.v1'].properties.data;
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
    expect(definitions['committee.co_chairs_designated.v1'].properties.data).toMatchObject({
      properties: { coChairs: { type: 'array', minItems: 2, maxItems: 2 } },
    });
  });
});
