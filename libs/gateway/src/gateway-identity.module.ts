import { CONFIG, HyeopchiConfig, HyeopchiConfigModule } from '@hyeopchi/config';
import { TokenVerifier, tokenVerificationFrom } from '@hyeopchi/identity';
import { Module } from '@nestjs/common';
import { CallerAuthenticator, TOKEN_VERIFIER } from '@hyeopchi/gateway-kit';
import { RateLimiter } from './rate-limit';

/** Who calls and how much they may ask: needed by the resolvers and by the GraphQL server's own plugins. */
@Module({
  imports: [HyeopchiConfigModule],
  providers: [
    CallerAuthenticator,
    {
      provide: TOKEN_VERIFIER,
      inject: [CONFIG],
      useFactory: async (config: HyeopchiConfig) =>
        new TokenVerifier(await tokenVerificationFrom(config), {
          issuer: config.JWT_ISSUER,
          audience: config.JWT_AUDIENCE,
          maxLifetimeHours: config.JWT_MAX_TOKEN_HOURS,
        }),
    },
    {
      provide: RateLimiter,
      inject: [CONFIG],
      useFactory: (config: HyeopchiConfig) =>
        new RateLimiter({ burst: config.RATE_LIMIT_BURST, perMinute: config.RATE_LIMIT_PER_MINUTE }),
    },
  ],
  exports: [CallerAuthenticator, RateLimiter],
})
export class GatewayIdentityModule {}
