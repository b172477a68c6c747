import { migrating, schemaIdentifier } from '@hyeopchi/postgres';
import { DataSource } from 'typeorm';
import { ProjectedStream } from '@hyeopchi/gateway-kit';
import { CONTEXT_ENTITIES, CONTEXT_READ_MODEL_SQL } from '../contexts';

export const READ_MODEL_ENTITIES = [...CONTEXT_ENTITIES, ProjectedStream];

/**
 * The read models' schema. They are derived data: when their shape changes, the version moves on, the new
 * schema is built from the events from the beginning, and the old one can be dropped.
 */
export const READ_MODEL_SCHEMA = 'read_models_v6';

/**
 * Opens the read models in `schema`, creating their tables when missing. Replicas starting together take turns
 * (an advisory lock), so two never create the same table at once.
 */
export async function openReadModels(url: string, schema = READ_MODEL_SCHEMA): Promise<DataSource> {
  const quoted = schemaIdentifier(schema);
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    schema,
    entities: READ_MODEL_ENTITIES,
    // raw SQL in the projections names tables without their schema (the name is checked above)
    extra: { max: 10, options: `-c search_path=${schema}` },
  });
  await dataSource.initialize();
  try {
    await migrating(schema, 'read-models', () => createTables(dataSource, quoted));
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

async function createTables(dataSource: DataSource, quotedSchema: string): Promise<void> {
  const runner = dataSource.createQueryRunner();
  const key = [`read-models:${quotedSchema}`];
  try {
    await runner.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', key);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS ${quotedSchema}`);
    await dataSource.synchronize();
    for (const statement of CONTEXT_READ_MODEL_SQL.flatMap((statements) => statements(quotedSchema))) {
      await runner.query(statement);
    }
    // on failure the lock goes with the connection: the caller destroys the data source
    await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', key);
  } finally {
    await runner.release();
  }
}
