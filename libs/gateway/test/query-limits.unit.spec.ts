import { queryLimitsRule } from '@hyeopchi/gateway';
import {
  DocumentNode,
  FieldNode,
  Kind,
  OperationDefinitionNode,
  buildSchema,
  getIntrospectionQuery,
  parse,
  validate,
} from 'graphql';

const schema = buildSchema(`
  type Query { node: Node }
  type Node { child: Node, name: String, id: String }
`);
const limits = { maxDepth: 5, maxAliases: 3, maxFields: 40 };
const codes = (query: string) =>
  validate(schema, parse(query), [queryLimitsRule(limits)]).map((error) => error.extensions.code);
const nested = (levels: number) =>
  `{ node ${'{ child '.repeat(levels - 2)}{ name }${' }'.repeat(levels - 1)}`;

describe('query limits', () => {
  it('takes a query at the depth limit and refuses one level more', () => {
    expect(codes(`query ${nested(5)}`)).toEqual([]);
    expect(codes(`query ${nested(6)}`)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('counts aliases', () => {
    expect(codes('{ a: node { name } b: node { name } c: node { name } }')).toEqual([]);
    expect(codes('{ a: node { name } b: node { name } c: node { name } d: node { name } }')).toEqual([
      'QUERY_TOO_COMPLEX',
    ]);
  });

  it('counts a fragment each time it is spread, so small text cannot ask for much', () => {
    const fields = `fragment F on Node { name id child { name id child { name id } } }`;
    const spreads = (times: number) => Array.from({ length: times }, () => 'child { ...F }').join(' ');
    expect(codes(`{ node { ${spreads(1)} } } ${fields}`)).toEqual([]);
    expect(codes(`{ node { ${spreads(7)} } } ${fields}`)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('does not loop on a fragment that spreads itself (GraphQL refuses it on its own)', () => {
    const errors = validate(schema, parse('{ node { ...F } } fragment F on Node { child { ...F } }'), [
      queryLimitsRule(limits),
    ]);
    expect(errors).toEqual([]);
  });

  it('bounds its own work on fragments that spread each other twice at every step', () => {
    const chain = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    );
    const document = `{ ...F0 } ${chain.join(' ')} fragment F40 on Query { ...Missing }`;
    expect(codes(document)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it("counts introspection's aliases and selections, and leaves its depth to GraphQL's own rule", () => {
    const ofType = `${'ofType { '.repeat(9)}kind${' }'.repeat(9)}`;
    expect(codes(`{ __schema { types { fields { type { ${ofType} } } } } }`)).toEqual([]);
    const aliased = (times: number) =>
      `{ ${Array.from({ length: times }, (_, i) => `s${i}: __schema { queryType { name } }`).join(' ')} }`;
    expect(codes(aliased(3))).toEqual([]);
    expect(codes(aliased(4))).toEqual(['QUERY_TOO_COMPLEX']);
    const wide = `{ __schema { types { ${Array.from({ length: 40 }, () => 'name').join(' ')} } } }`;
    expect(codes(wide)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it("takes an IDE's introspection query under the default limits, and not three of them at once", () => {
    const introspection = parse(getIntrospectionQuery());
    const measured = (document: DocumentNode) =>
      validate(schema, document, [queryLimitsRule()]).map((error) => error.extensions.code);
    expect(measured(introspection)).toEqual([]);
    const operation = introspection.definitions[0] as OperationDefinitionNode;
    const thrice = {
      ...introspection,
      definitions: [
        {
          ...operation,
          selectionSet: {
            ...operation.selectionSet,
            selections: [0, 1, 2].flatMap((copy) =>
              operation.selectionSet.selections.map((selection) => ({
                ...(selection as FieldNode),
                alias: { kind: Kind.NAME, value: `copy${copy}` },
              })),
            ),
          },
        },
        ...introspection.definitions.slice(1),
      ],
    } as DocumentNode;
    expect(measured(thrice)).toEqual(['QUERY_TOO_COMPLEX']);
  });
});
