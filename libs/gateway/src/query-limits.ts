import {
  ASTVisitor,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';

export interface QueryLimits {
  /** How deep selections may nest. */
  maxDepth: number;
  /** How many aliased fields one document may ask for (aliases multiply work on one field). */
  maxAliases: number;
  /**
   * How many selections (fields and fragment spreads) an operation may make, fragments counted each time they are
   * spread: also the bound on the work of measuring it, so no document can make the measuring itself expensive.
   */
  maxFields: number;
}

/** Parsing a document is bounded before anything else, over HTTP and over WebSocket alike. */
export const MAX_DOCUMENT_TOKENS = 5_000;

/** A production schema is documented in schema.graphql, not open for exploring. */
export const introspectionAllowed = () => process.env.NODE_ENV !== 'production';

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 10, maxAliases: 20, maxFields: 500 };

interface Measure {
  depth: number;
  aliases: number;
  fields: number;
}

/**
 * Refuses, before anything runs, a document deeper, more aliased or larger than the limits: the cost of a query is
 * known from its text, and a small document must not be able to ask for an unbounded amount of work.
 */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    Document(document) {
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const definition of document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      }
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        const measure = { depth: 0, aliases: 0, fields: 0 };
        visit(definition.selectionSet, 1, fragments, new Set(), measure, limits);
        const name = definition.name?.value ?? 'the operation';
        const problem =
          measure.depth > limits.maxDepth
            ? `${name} nests deeper than ${limits.maxDepth} levels`
            : measure.aliases > limits.maxAliases
              ? `${name} uses more than ${limits.maxAliases} aliases`
              : measure.fields > limits.maxFields
                ? `${name} makes more than ${limits.maxFields} selections`
                : null;
        if (problem) {
          context.reportError(
            new GraphQLError(`${problem}: ask for less in one request`, {
              nodes: [definition],
              extensions: { code: 'QUERY_TOO_COMPLEX' },
            }),
          );
        }
      }
      return false;
    },
  });
}

/**
 * Walks a selection set, spreading fragments where they are used; stops early once a limit is passed. Inside
 * introspection (`__schema`, `__type`) the depth is null: an IDE's introspection query nests 15 deep through
 * `ofType`, and how deep introspection may cycle is bounded by GraphQL's own MaxIntrospectionDepthRule. Its
 * selections and aliases count like any others.
 */
function visit(
  selectionSet: SelectionSetNode,
  depth: number | null,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  spreading: Set<string>,
  measure: Measure,
  limits: QueryLimits,
): void {
  if (depth !== null) measure.depth = Math.max(measure.depth, depth);
  for (const selection of selectionSet.selections) {
    if (measure.depth > limits.maxDepth || measure.fields > limits.maxFields) return;
    measure.fields++;
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) measure.aliases++;
      if (selection.selectionSet) {
        const introspection = depth === null || selection.name.value.startsWith('__');
        visit(
          selection.selectionSet,
          introspection ? null : depth + 1,
          fragments,
          spreading,
          measure,
          limits,
        );
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      visit(selection.selectionSet, depth, fragments, spreading, measure, limits);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // a fragment that spreads itself is refused by GraphQL's own rules; here it only must not loop
      if (!fragment || spreading.has(name)) continue;
      spreading.add(name);
      visit(fragment.selectionSet, depth, fragments, spreading, measure, limits);
      spreading.delete(name);
    }
  }
}
