import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFile } from 'node:fs/promises';
import { GATEWAY_RESOLVERS } from './resolvers';

/** The gateway's schema as SDL, built from the code the way the running gateway builds it. */
export async function gatewaySchema(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(GATEWAY_RESOLVERS);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}

/** `npm run schema`: writes schema.graphql, which clients generate their types from. */
if (require.main === module) {
  gatewaySchema()
    .then((sdl) => writeFile(process.argv[2] ?? 'schema.graphql', sdl))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
