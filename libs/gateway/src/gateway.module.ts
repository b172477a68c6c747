import { CONFIG, HyeopchiConfig, HyeopchiConfigModule } from '@hyeopchi/config';
import { TokenVerifier, tokenVerificationFrom } from '@hyeopchi/identity';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { CommandsResolver, TOKEN_VERIFIER } from './commands.resolver';

/**
 * The GraphQL front door at /graphql: mutations become commands for the services (through COMMAND_SENDER, in
 * process or over Kafka), each answered with the result or a typed refusal as data.
 */
@Module({
  imports: [
    HyeopchiConfigModule,
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true,
      sortSchema: true,
      context: ({ req }: { req: unknown }) => ({ req }),
    }),
  ],
  providers: [
    CommandsResolver,
    {
      provide: TOKEN_VERIFIER,
      inject: [CONFIG],
      useFactory: async (config: HyeopchiConfig) =>
        new TokenVerifier(await tokenVerificationFrom(config), {
          issuer: config.JWT_ISSUER,
          audience: config.JWT_AUDIENCE,
        }),
    },
  ],
})
export class GatewayModule {}
