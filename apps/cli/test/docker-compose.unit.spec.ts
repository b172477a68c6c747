import {
  signCheckpoint,
  verifierKeyFrom,
  verifyCheckpoint,
  readSigningKey,
  publicKeyFileOf,
} from '@hyeopchi/audit';
import { loadConfiguration } from '@hyeopchi/config';
import { tokenVerificationFrom } from '@hyeopchi/identity';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { parse } from 'yaml';
import { hyeopchiProgram } from '../src/main';

interface ComposeService {
  image?: string;
  command?: string[];
  environment?: Record<string, string | number>;
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
}

const root = join(__dirname, '../../..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const services = Object.entries(compose.services);
/** The platform's own containers, from its image, and the one among them that makes the signing key. */
const platform = services.filter(([, service]) => service.image === 'hyeopchi');
const [keysName, keysService] = platform.find(([, service]) => service.command?.includes('keys'))!;
const running = platform.filter(([name]) => name !== keysName);

/** Where a service mounts the key volume, and how (`ro` or not). */
const keyMount = (service: ComposeService) =>
  service.volumes
    ?.map((volume) => volume.split(':'))
    .find(([source]) => source === keysService.volumes![0].split(':')[0]);

/** Compose's interpolation of the host's variables, as far as this file uses it: `${NAME}`, `${NAME:?why}` and `${NAME:-default}`. */
function interpolated(value: string | number, host: Record<string, string>): string {
  return String(value).replace(
    /\$\{(\w+)(?::\?[^}]*|:-([^}]*))?\}/g,
    (_whole, name: string, fallback: string | undefined) => {
      if (name in host) return host[name];
      if (fallback !== undefined) return fallback;
      throw new Error(`compose would stop: ${name} is not set`);
    },
  );
}

describe('docker-compose.yml', () => {
  it('has no secret of its own: each must come from the environment, and compose stops without it', () => {
    const secretSettings = services.flatMap(([name, service]) =>
      Object.entries(service.environment ?? {})
        .filter(([key]) => /SECRET|PASSWORD/.test(key))
        .map(([key, value]) => [name, key, value]),
    );
    expect(secretSettings.map(([, key]) => key)).toEqual(
      expect.arrayContaining(['JWT_SECRET', 'POSTGRES_PASSWORD']),
    );
    for (const [, key, value] of secretSettings) {
      expect(value).toMatch(new RegExp(`^\\$\\{${key}:\\?[^}]+\\}$`));
    }
    for (const [, service] of running) {
      expect(service.environment!.DATABASE_URL).toContain('${POSTGRES_PASSWORD}');
    }
  });

  it('makes the signing key before any service starts, and mounts it read-only in every one', () => {
    expect(running.map(([name]) => name)).toEqual(
      expect.arrayContaining(['civic', 'department', 'committee', 'feedback', 'gateway']),
    );
    const [, keysTarget] = keyMount(keysService)!;
    for (const [, service] of running) {
      expect(service.depends_on?.[keysName]).toEqual({ condition: 'service_completed_successfully' });
      expect(keyMount(service)).toEqual([expect.any(String), keysTarget, 'ro']);
      expect(posix.dirname(String(service.environment!.AUDIT_SIGNING_KEY_FILE))).toBe(keysTarget);
    }
  });

  describe('started as it says, in production', () => {
    const nodeEnv = process.env.NODE_ENV;
    let folder: string;
    /** The key volume's mount point, moved into a folder of ours. */
    let local: (path: string) => string;
    beforeEach(async () => {
      folder = await mkdtemp(join(tmpdir(), 'hyeopchi-compose-'));
      const [, keysTarget] = keyMount(keysService)!;
      local = (path) => path.replace(keysTarget, folder);
    });
    afterEach(async () => {
      process.env.NODE_ENV = nodeEnv;
      await rm(folder, { recursive: true, force: true });
    });

    /** The keys service's command, run as its container would (node bin/hyeopchi.js …), on our folder. */
    const makeKeys = async () => {
      const args = keysService.command!.slice(keysService.command!.indexOf('bin/hyeopchi.js') + 1).map(local);
      const said = jest.spyOn(console, 'log').mockImplementation(() => undefined);
      try {
        await hyeopchiProgram()
          .exitOverride()
          .parseAsync(['node', 'hyeopchi', ...args]);
      } finally {
        said.mockRestore();
      }
    };

    it('makes a key pair on the first start that signs checkpoints its public half verifies, and keeps it after', async () => {
      await makeKeys();
      const keyFile = join(folder, 'checkpoint-signing.key');
      const first = await readFile(keyFile, 'utf8');
      await makeKeys();
      expect(await readFile(keyFile, 'utf8')).toBe(first);

      const key = (await readSigningKey(keyFile, 'hyeopchi'))!;
      const note = signCheckpoint(
        { origin: 'hyeopchi.local/civic', treeSize: 1, rootHash: randomBytes(32), time: new Date(0) },
        key,
      );
      const publicKey = verifierKeyFrom('hyeopchi', await readFile(publicKeyFileOf(keyFile), 'utf8'));
      expect(verifyCheckpoint(note, publicKey)).toMatchObject({ ok: true });
    });

    it('gives every service a configuration production accepts, with the key and a secret made as it says', async () => {
      await makeKeys();
      const host = {
        JWT_SECRET: randomBytes(32).toString('base64'),
        POSTGRES_PASSWORD: randomBytes(24).toString('hex'),
      };
      // the image's ENV (Dockerfile): every container runs in production
      expect(readFileSync(join(root, 'Dockerfile'), 'utf8')).toMatch(/^ENV NODE_ENV=production /m);
      process.env.NODE_ENV = 'production';
      for (const [, service] of running) {
        const environment = Object.fromEntries(
          Object.entries(service.environment!).map(([key, value]) => [key, local(interpolated(value, host))]),
        );
        const config = loadConfiguration({ ...environment, NODE_ENV: 'production' });
        expect(await tokenVerificationFrom(config)).toEqual({ algorithm: 'HS256', secret: host.JWT_SECRET });
        expect(await readSigningKey(config.AUDIT_SIGNING_KEY_FILE, config.AUDIT_KEY_NAME)).toBeDefined();
      }
    });
  });
});
