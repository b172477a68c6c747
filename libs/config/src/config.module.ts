import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { CONFIGURATION_KEYS, HyeopchiConfig, loadConfiguration } from './configuration';

/** Injection token for the validated, typed configuration. */
export const CONFIG = Symbol('HyeopchiConfig');

@Module({
  // the environment alone, as `npx hyeopchi` reads it: a .env file is docker compose's (its secrets), not ours
  imports: [ConfigModule.forRoot({ validate: loadConfiguration, cache: true, ignoreEnvFile: true })],
  providers: [
    {
      provide: CONFIG,
      inject: [ConfigService],
      useFactory: (config: ConfigService): HyeopchiConfig =>
        Object.fromEntries(CONFIGURATION_KEYS.map((key) => [key, config.get(key)])) as HyeopchiConfig,
    },
  ],
  exports: [CONFIG],
})
export class HyeopchiConfigModule {}
