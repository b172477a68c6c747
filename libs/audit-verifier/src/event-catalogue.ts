import { CONTEXTS } from '@hyeopchi/context-names';
import { revisionsOf } from '@hyeopchi/event-revisions';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * The event catalogue (docs/events.schema.json): a JSON Schema (2020-12) per event type and version, read from
 * the TypeScript event unions of the domain libraries, so that an outside verifier knows every event's data
 * without reading our code. `npm run events:catalogue` writes it; a test fails when the code and it differ.
 */
export const EVENT_CATALOGUE_FILE = 'docs/events.schema.json';
export const EVENT_CATALOGUE_ID = 'urn:hyeopchi:events';

type JsonSchema = { [keyword: string]: unknown };

// a stored event's type names its aggregate, what happened and its version: `proposal.submitted.v1`
const EVENT_TYPE = /^[a-z_]+\.[a-z_]+\.v\d+$/;

/** The catalogue, as the code of the domain libraries under `root` defines it today. */
export function eventCatalogue(root: string): JsonSchema {
  const program = programOf(root);
  const checker = program.getTypeChecker();
  const events = new Map<string, JsonSchema>();
  for (const service of CONTEXTS) {
    const index = program.getSourceFile(join(root, `libs/${service}/src/domain/index.ts`));
    const module = index && checker.getSymbolAtLocation(index);
    if (!module) throw new Error(`libs/${service}/src/domain/index.ts is not a module`);
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (!(symbol.flags & ts.SymbolFlags.TypeAlias)) continue;
      const declared = checker.getDeclaredTypeOfSymbol(symbol);
      const members = declared.isUnion() ? declared.types : [declared];
      for (const member of members) {
        const event = eventOf(checker, member, index);
        if (!event || events.has(event.type)) continue;
        const description = declared.isUnion() ? '' : documentation(checker, symbol);
        events.set(event.type, {
          type: 'object',
          description: `Recorded by the ${service} service.${description ? ` ${description}` : ''}`,
          properties: {
            type: { const: event.type },
            // the revision events are written and exported in now (an additive change is a new revision, upcast on
            // read; a breaking change gets a new type name instead)
            schemaVersion: { const: revisionsOf(service).current(event.type) },
            data: schemaOf(checker, event.data, index, event.type),
          },
          required: ['type', 'schemaVersion', 'data'],
        });
      }
    }
  }
  const types = [...events.keys()].sort();
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: EVENT_CATALOGUE_ID,
    title: 'Hyeopchi events',
    description:
      'Every event type and version the platform records, by its type name. An event line of an audit export ' +
      '(docs/audit.md) validates against the definition of its `type`. Generated from libs/*/src/domain by ' +
      '`npm run events:catalogue`.',
    anyOf: types.map((type) => ({ $ref: `#/$defs/${type}` })),
    $defs: Object.fromEntries(types.map((type) => [type, events.get(type)])),
  };
}

function programOf(root: string): ts.Program {
  const configFile = join(root, 'tsconfig.json');
  const { config } = ts.readConfigFile(configFile, (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configFile);
  return ts.createProgram(
    CONTEXTS.map((service) => join(root, `libs/${service}/src/domain/index.ts`)),
    { ...options, noEmit: true },
  );
}

/** `{ type: '<literal>'; data: … }` with a versioned type name: a domain event; anything else is not. */
function eventOf(checker: ts.TypeChecker, type: ts.Type, at: ts.Node) {
  const typeMember = type.getProperty('type');
  const dataMember = type.getProperty('data');
  if (!typeMember || !dataMember) return undefined;
  const name = checker.getTypeOfSymbolAtLocation(typeMember, at);
  if (!name.isStringLiteral() || !EVENT_TYPE.test(name.value)) return undefined;
  return { type: name.value, data: checker.getTypeOfSymbolAtLocation(dataMember, at) };
}

function schemaOf(checker: ts.TypeChecker, type: ts.Type, at: ts.Node, where: string): JsonSchema {
  if (type.flags & ts.TypeFlags.String) return { type: 'string' };
  if (type.flags & ts.TypeFlags.Number) return { type: 'number' };
  if (type.flags & ts.TypeFlags.Boolean) return { type: 'boolean' };
  if (type.flags & ts.TypeFlags.Null) return { type: 'null' };
  if (type.isStringLiteral() || type.isNumberLiteral()) return { const: type.value };
  if (type.flags & ts.TypeFlags.BooleanLiteral) return { const: checker.typeToString(type) === 'true' };
  if (type.isUnion()) return unionSchema(checker, type, at, where);
  if (checker.isTupleType(type)) {
    const items = checker.getTypeArguments(type as ts.TypeReference);
    return {
      type: 'array',
      prefixItems: items.map((item) => schemaOf(checker, item, at, where)),
      minItems: items.length,
      maxItems: items.length,
    };
  }
  if (checker.isArrayType(type)) {
    const [item] = checker.getTypeArguments(type as ts.TypeReference);
    return { type: 'array', items: schemaOf(checker, item, at, where) };
  }
  if (type.flags & ts.TypeFlags.Object || type.isIntersection()) {
    if (checker.getIndexInfosOfType(type).length > 0) {
      throw new Error(
        `${where}: ${checker.typeToString(type)} has an index signature, which the catalogue cannot state`,
      );
    }
    const properties = checker.getPropertiesOfType(type);
    return {
      type: 'object',
      properties: Object.fromEntries(
        properties.map((property) => {
          const schema = schemaOf(
            checker,
            checker.getTypeOfSymbolAtLocation(property, at),
            at,
            `${where}.${property.name}`,
          );
          const description = documentation(checker, property);
          return [property.name, description ? { description, ...schema } : schema];
        }),
      ),
      required: properties
        .filter((property) => !(property.flags & ts.SymbolFlags.Optional))
        .map((property) => property.name),
      additionalProperties: false,
    };
  }
  throw new Error(`${where}: the catalogue cannot state the type ${checker.typeToString(type)}`);
}

/** Literals of one kind become an `enum`; `true | false` is a boolean; anything else, `anyOf` its members. */
function unionSchema(checker: ts.TypeChecker, union: ts.UnionType, at: ts.Node, where: string): JsonSchema {
  // an optional member's `undefined` is its absence, which `required` states
  const stated = union.types.filter((member) => !(member.flags & ts.TypeFlags.Undefined));
  const booleans = stated.filter((member) => member.flags & ts.TypeFlags.BooleanLiteral);
  const others = stated.filter((member) => !(member.flags & ts.TypeFlags.BooleanLiteral));
  const members = [
    ...others.map((member) => schemaOf(checker, member, at, where)),
    ...(booleans.length === 2
      ? [{ type: 'boolean' }]
      : booleans.map((member) => schemaOf(checker, member, at, where))),
  ];
  if (members.length === 1) return members[0];
  if (members.every((member) => 'const' in member)) return { enum: members.map((member) => member.const) };
  const literals = members.filter((member) => 'const' in member);
  // null last, as the code writes `string | null`, whatever order the compiler keeps its union in
  const isNull = (member: JsonSchema) => (member.type === 'null' ? 1 : 0);
  const rest = members.filter((member) => !('const' in member)).sort((a, b) => isNull(a) - isNull(b));
  return {
    anyOf: [...(literals.length > 0 ? [{ enum: literals.map((member) => member.const) }] : []), ...rest],
  };
}

function documentation(checker: ts.TypeChecker, symbol: ts.Symbol): string {
  return ts.displayPartsToString(symbol.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim();
}
