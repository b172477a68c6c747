import { EmbeddedServer, embeddedPostgresUrl, startEmbeddedPostgres } from '@hyeopchi/postgres';
import { freeTcpPort } from '@hyeopchi/testing';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

const root = resolve(__dirname, '../../..');
const PASSWORD_FILE = 'hyeopchi-superuser-password';

async function answers(url: string): Promise<true | string> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const passwordOf = (server: EmbeddedServer) =>
  readFileSync(join(server.dataDir, PASSWORD_FILE), 'utf8').trim();

describe('the embedded PostgreSQL superuser password', () => {
  const folders: string[] = [];
  const running: EmbeddedServer[] = [];

  const start = async (dataDir: string, port?: number) => {
    const server = await startEmbeddedPostgres({
      dataDir,
      port: port ?? (await freeTcpPort()),
      database: 'hyeopchi',
    });
    running.push(server);
    folders.push(dataDir, server.dataDir);
    return server;
  };
  const stop = async (server: EmbeddedServer) => {
    running.splice(running.indexOf(server), 1);
    await server.stop();
  };

  afterEach(async () => {
    for (const server of running.splice(0)) await server.stop();
    for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
  });

  it('is made for each cluster, readable by its owner only, and kept across restarts', async () => {
    const port = await freeTcpPort();
    const first = await start(`${root}/data/password-a-${process.pid}`, port);
    const second = await start(`${root}/data/password-b-${process.pid}`);

    expect(passwordOf(first)).toMatch(/^[\w-]{43}$/);
    expect(passwordOf(first)).not.toEqual(passwordOf(second));
    expect(statSync(join(first.dataDir, PASSWORD_FILE)).mode & 0o777).toBe(0o600);
    expect(first.url).toContain(encodeURIComponent(passwordOf(first)));
    expect(await answers(first.url)).toBe(true);

    const password = passwordOf(first);
    await stop(first);
    const again = await start(`${root}/data/password-a-${process.pid}`, port);
    expect(passwordOf(again)).toBe(password);
    expect(await answers(again.url)).toBe(true);
    expect(await answers(embeddedPostgresUrl(again.dataDir, port, 'hyeopchi'))).toBe(true);
  });

  it('moves a cluster made with the password every installation used to share to one of its own', async () => {
    const port = await freeTcpPort();
    const dataDir = `${root}/data/password-legacy-${process.pid}`;
    const made = await start(dataDir, port);
    // what a cluster made before this change looks like: the published password, and no password file
    const shared = 'hyeopchi-embedded';
    const client = new Client({ connectionString: made.url });
    await client.connect();
    await client.query(`ALTER ROLE postgres PASSWORD '${shared}'`);
    await client.end();
    await stop(made);
    await rm(join(made.dataDir, PASSWORD_FILE));

    const migrated = await start(dataDir, port);
    expect(passwordOf(migrated)).not.toBe(shared);
    expect(statSync(join(migrated.dataDir, PASSWORD_FILE)).mode & 0o777).toBe(0o600);
    expect(await answers(migrated.url)).toBe(true);
    expect(await answers(`postgres://postgres:${shared}@127.0.0.1:${port}/hyeopchi`)).toMatch(
      /password authentication failed/,
    );
    expect(readdirSync(migrated.dataDir).filter((name) => name.startsWith(`${PASSWORD_FILE}.`))).toEqual([]);
  });

  it('names the file to delete when the server refuses the password written in it', async () => {
    const port = await freeTcpPort();
    const dataDir = `${root}/data/password-edited-${process.pid}`;
    const made = await start(dataDir, port);
    await stop(made);
    const passwordFile = join(made.dataDir, PASSWORD_FILE);
    await writeFile(passwordFile, 'not-the-password\n');

    await expect(start(dataDir, port)).rejects.toThrow(
      `refuses the password in ${passwordFile}: delete that file and start again to give the server a new one`,
    );
    await rm(passwordFile);
    expect(await answers((await start(dataDir, port)).url)).toBe(true);
  });

  it('is no longer written in the source', () => {
    const source = readdirSync(`${root}/libs/postgres/src/embedded`)
      .map((name) => readFileSync(`${root}/libs/postgres/src/embedded/${name}`, 'utf8'))
      .join('\n');
    expect(source).not.toContain('hyeopchi-embedded');
  });
});
