import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const root = resolve(__dirname, '../../..');
const built = join(root, 'dist/web/index.html');
const lock = join(root, 'dist/.web-build.lock');

function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }, 0);
}

function upToDate(): boolean {
  try {
    const sources = Math.max(
      newestSource(join(root, 'apps/web/src')),
      statSync(join(root, 'schema.graphql')).mtimeMs,
    );
    return statSync(built).mtimeMs > sources;
  } catch {
    return false;
  }
}

/** Whether the lock's holder still runs; a lock too new to hold its pid yet counts as held. */
function holderAlive(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    try {
      return Date.now() - statSync(lock).mtimeMs < 10_000;
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The web app as `npm run build` makes it (production React), built once however many test files ask at once:
 * test workers are separate processes, so they take turns under a lock directory and build only what is stale.
 */
export async function ensureWebAppBuilt(): Promise<void> {
  mkdirSync(join(root, 'dist'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (!holderAlive()) rmSync(lock, { recursive: true, force: true });
      else await sleep(250);
    }
  }
  try {
    writeFileSync(join(lock, 'pid'), String(process.pid));
    if (!upToDate()) execSync('npm run --silent build:web', { cwd: root, stdio: 'inherit' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
