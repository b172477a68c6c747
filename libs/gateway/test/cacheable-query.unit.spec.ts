import { projectPath } from '@hyeopchi/testing';
import { readFileSync } from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { operationOf, readsReadModelsOnly } from '../src/response-cache/cacheable-query';

const schema = buildSchema(readFileSync(projectPath('schema.graphql'), 'utf8'));
const kept = (query: string) => readsReadModelsOnly(schema, parse(query));

describe('which queries have answers the gateway may keep', () => {
  it('keeps proposals and their own fields, through aliases and fragments', () => {
    expect(kept('{ __typename }')).toBe(true);
    expect(kept('{ proposal(id: "p") { id title status supports supportedByMe } }')).toBe(true);
    expect(kept('{ proposal(id: "p") { districtInDirectory { nameKo nameEn } } districts { id } }')).toBe(
      true,
    );
    expect(kept('{ proposal(id: "p") { author { displayName role } organization { name } } }')).toBe(true);
    expect(
      kept(`{ list: proposals(first: 20) { totalCount edges { cursor node { ...Row } } pageInfo { endCursor } } }
            fragment Row on Proposal { id supports }`),
    ).toBe(true);
  });

  it('keeps nothing that reads the clock, the event log or what the schema does not know', () => {
    expect(kept('{ proposal(id: "p") { id reviews { department } } }')).toBe(false);
    expect(kept('{ departmentReviews { __typename } }')).toBe(false);
    expect(kept('{ auditTrail(context: "civic", streamId: "p") { __typename } }')).toBe(false);
    expect(kept('{ proposal(id: "p") { ...Late } } fragment Late on Proposal { timeline { at } }')).toBe(
      false,
    );
    expect(kept('{ proposal(id: "p") { organization { membershipRequests { status } } } }')).toBe(false);
    expect(kept('{ __schema { queryType { name } } }')).toBe(false);
    expect(kept('{ proposal(id: "p") { noSuchField } }')).toBe(false);
  });

  it('keeps no mutation, even one that only asks for __typename', () => {
    expect(kept('mutation { __typename }')).toBe(false);
    expect(kept('query A { __typename } mutation B { __typename }')).toBe(false);
  });

  it('runs the operation named, or the only one', () => {
    const document = parse('query A { __typename } query B { __typename }');
    expect(operationOf(document, 'B')?.name?.value).toBe('B');
    expect(operationOf(document, undefined)).toBeNull();
    expect(operationOf(document, 'C')).toBeNull();
    expect(operationOf(parse('{ __typename }'), null)?.operation).toBe('query');
  });
});
