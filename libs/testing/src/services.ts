import { execFileSync } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import { Client } from 'pg';
import { projectPath } from './project';

/** Something a test run or bench started and must stop again. */
export interface Started<T> {
  value: T;
  stop(): Promise<void>;
}

const nothingToStop = async () => undefined;

export async function databaseAnswers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Drops and recreates `name` on the server behind `adminUrl`; stopping drops it. */
export async function freshDatabase(adminUrl: string, name: string): Promise<Started<string>> {
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  return {
    value: adminUrl.replace(/\/[^/]*$/, `/${name}`),
    stop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** A TCP port nothing listens on right now, so that test runs side by side do not collide on a fixed one. */
export function freeTcpPort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export function portAnswers(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host, port }, () => {
      socket.destroy();
      done(true);
    });
    socket.on('error', () => done(false));
  });
}

/** KAFKA_BROKERS when set; else the local broker, started from infra/kafka when nothing answers on 9092. */
export async function ensureKafka(): Promise<Started<string[]>> {
  if (process.env.KAFKA_BROKERS) return { value: process.env.KAFKA_BROKERS.split(','), stop: nothingToStop };
  const brokers = ['127.0.0.1:9092'];
  if (await portAnswers(9092)) return { value: brokers, stop: nothingToStop };
  const scripts = projectPath('infra/kafka');
  execFileSync('bash', [`${scripts}/start.sh`], { stdio: 'inherit' });
  return {
    value: brokers,
    stop: async () => void execFileSync('bash', [`${scripts}/stop.sh`], { stdio: 'inherit' }),
  };
}

export const LOCAL_POSTGRES_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
