import type * as Config from '@hyeopchi/config';
import { NestFactory } from '@nestjs/core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('the configuration module', () => {
  it('reads the environment only, not a .env file in the working folder (docker compose keeps its secrets there)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'hyeopchi-dotenv-'));
    const cwd = process.cwd();
    try {
      await writeFile(join(folder, '.env'), 'JWT_MAX_TOKEN_HOURS=5\n');
      process.chdir(folder);
      // the module reads its sources when first loaded: load it afresh, from the folder with the .env
      let config!: typeof Config;
      jest.isolateModules(() => {
        config = jest.requireActual<typeof Config>('@hyeopchi/config');
      });
      const context = await NestFactory.createApplicationContext(config.HyeopchiConfigModule, {
        logger: false,
      });
      try {
        expect(context.get<Config.HyeopchiConfig>(config.CONFIG).JWT_MAX_TOKEN_HOURS).toBe(720);
      } finally {
        await context.close();
      }
    } finally {
      process.chdir(cwd);
      delete process.env.JWT_MAX_TOKEN_HOURS;
      await rm(folder, { recursive: true, force: true });
    }
  });
});
