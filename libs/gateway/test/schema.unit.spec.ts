import { gatewaySchema } from '@hyeopchi/gateway';
import { projectPath } from '@hyeopchi/testing';
import { readFileSync } from 'node:fs';
import { buildSchema, isInputObjectType, isObjectType, isSpecifiedScalarType } from 'graphql';

describe('schema.graphql', () => {
  it('is the schema the code builds (run `npm run schema` after changing the API)', async () => {
    expect(readFileSync(projectPath('schema.graphql'), 'utf8')).toBe(await gatewaySchema());
  });

  it('describes every type and field', async () => {
    const schema = buildSchema(await gatewaySchema());
    const roots = ['Query', 'Mutation', 'Subscription'];
    const undescribed = Object.values(schema.getTypeMap())
      .filter((type) => !type.name.startsWith('__') && !isSpecifiedScalarType(type))
      .flatMap((type) => {
        const own = type.description || roots.includes(type.name) ? [] : [type.name];
        const fields = isObjectType(type) || isInputObjectType(type) ? Object.values(type.getFields()) : [];
        return [
          ...own,
          ...fields.filter((field) => !field.description).map((field) => `${type.name}.${field.name}`),
        ];
      });
    expect(undescribed).toEqual([]);
  });
});
