import { CONFIG, HyeopchiConfig, HyeopchiConfigModule } from '@hyeopchi/config';
import { CONTEXTS } from '@hyeopchi/contracts';
import { TokenVerifier, tokenVerificationFrom } from '@hyeopchi/identity';
import { COMMAND_SENDER, KafkaCommandSender } from '@hyeopchi/service-runtime';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Inject, Module, OnModuleDestroy } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { CommandsResolver, TOKEN_VERIFIER } from './commands.resolver';
import { queryLimitsRule } from './query-limits';

class KafkaSenderShutdown implements OnModuleDestroy {
  constructor(@Inject(COMMAND_SENDER) private readonly sender: KafkaCommandSender) {}

  onModuleDestroy(): Promise<void> {
    return this.sender.close();
  }
}

const GATEWAY = {
  imports: [
    HyeopchiConfigModule,
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true,
      sortSchema: true,
      context: ({ req }: { req: unknown }) => ({ req }),
      validationRules: [queryLimitsRule()],
      // a document is parsed before any rule runs: its size is bounded first
      parseOptions: { maxTokens: 5_000 },
      // one operation per request: a batch would multiply the work one request can ask for
      allowBatchedHttpRequests: false,
      // a production schema is documented in schema.graphql, not open for exploring
      introspection: process.env.NODE_ENV !== 'production',
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
};

/**
 * The GraphQL front door at /graphql: mutations become commands for the services (through COMMAND_SENDER, in
 * process or over Kafka), each answered with the result or a typed refusal as data.
 */
@Module({})
export class GatewayModule {
  /** In the services' process (standalone): commands go to the dispatcher of that process. */
  static inProcess(): DynamicModule {
    return { module: GatewayModule, ...GATEWAY };
  }

  /** In its own process: commands go to the services over Kafka request-reply. */
  static overKafka(config: HyeopchiConfig): DynamicModule {
    return {
      module: GatewayModule,
      ...GATEWAY,
      providers: [
        ...GATEWAY.providers,
        {
          provide: COMMAND_SENDER,
          useFactory: () => KafkaCommandSender.connect(config, CONTEXTS, { name: 'gateway' }),
        },
        KafkaSenderShutdown,
      ],
    };
  }
}
