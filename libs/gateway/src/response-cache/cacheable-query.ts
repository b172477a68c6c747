import {
  DocumentNode,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * The queries whose answers come from the read models alone, with nothing else that changes them: no clock (a
 * review's deadline is read against it), no event log (the audit reads it), nothing but rows every projection
 * announces when it changes them. Answers that depend on the caller are kept per token, not shared.
 */
const FROM_READ_MODELS_ONLY = new Map<string, ReadonlySet<string> | 'every field'>([
  ['Query', new Set(['proposal', 'proposals', 'districts'])],
  ['ProposalPage', 'every field'],
  ['ProposalEdge', 'every field'],
  ['PageInfo', 'every field'],
  // reviews, agenda items, implementation, feedback and timeline lead to types not listed here: not kept
  ['Proposal', 'every field'],
  // a person's public profile and an organization's name are rows of the read models too
  ['Person', 'every field'],
  ['Organization', new Set(['id', 'name'])],
  // the directory never changes while the gateway runs
  ['District', 'every field'],
]);

/** The operation a request runs: the one named, or the only one. */
export function operationOf(document: DocumentNode, name: unknown): OperationDefinitionNode | null {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (typeof name === 'string') return operations.find((operation) => operation.name?.value === name) ?? null;
  return operations.length === 1 && name == null ? operations[0] : null;
}

/**
 * Whether every field the document selects, fragments included, reads the read models only: then an answer to
 * it stays right until a projection announces a change. A field the schema does not know answers it no.
 */
export function readsReadModelsOnly(schema: GraphQLSchema, document: DocumentNode): boolean {
  const types = new TypeInfo(schema);
  let only = true;
  visit(
    document,
    visitWithTypeInfo(types, {
      OperationDefinition(operation) {
        if (operation.operation !== 'query') only = false;
      },
      Field(field) {
        if (field.name.value === '__typename') return;
        const parent = types.getParentType()?.name;
        const fields = parent === undefined ? undefined : FROM_READ_MODELS_ONLY.get(parent);
        const known = types.getFieldDef() !== null && types.getFieldDef() !== undefined;
        if (!known || !fields || (fields !== 'every field' && !fields.has(field.name.value))) only = false;
      },
    }),
  );
  return only;
}
