import { execFileSync } from 'node:child_process';

export interface SystemUser {
  uid: number;
  gid: number;
}

const USER = 'postgres';

/** PostgreSQL refuses to run as root: as root, we run it as the `postgres` system user, created once if missing. */
export function postgresUser(): SystemUser {
  const lookup = (): SystemUser | undefined => {
    try {
      const uid = Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }).trim());
      return { uid, gid };
    } catch {
      return undefined;
    }
  };
  const existing = lookup();
  if (existing) return existing;
  execFileSync('useradd', [
    '--system',
    '--user-group',
    '--no-create-home',
    '--shell',
    '/usr/sbin/nologin',
    USER,
  ]);
  const created = lookup();
  if (!created) throw new Error(`could not create the ${USER} user to run the embedded PostgreSQL`);
  return created;
}
