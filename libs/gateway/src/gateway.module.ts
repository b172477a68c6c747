import { EventInfrastructureModule, DATABASE, Database, EVENT_BUS } from '@hyeopchi/event-infrastructure';
import { EventBus } from '@hyeopchi/messaging';
import { CONFIG, HyeopchiConfig, HyeopchiConfigModule } from '@hyeopchi/config';
import { COMMAND_SENDER, KafkaCommandSender } from '@hyeopchi/command-processing';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import {
  DynamicModule,
  Inject,
  MiddlewareConsumer,
  Module,
  NestModule,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_FILTER, HttpAdapterHost } from '@nestjs/core';
import type { Express } from 'express';
import { GraphQLModule } from '@nestjs/graphql';
import { AuditLogs } from './audit/audit-logs';
import { AGGREGATES } from './contexts';
import {
  CallerAuthenticator,
  CommandGate,
  ReadModelChangeListener,
  ReadModels,
  PlatformClock,
} from '@hyeopchi/gateway-kit';
import { GatewayCommandGate } from './commands/gateway-command-gate';
import { GatewayIdentityModule } from './gateway-identity.module';
import { RateLimiter, rateLimitPlugin } from './rate-limit';
import { CallerErrorsFilter } from './graphql-errors.filter';
import { maskedFormattedError } from './error-masking';
import { graphqlBodyParser, nestBodyParserIn } from './graphql-body';
import { securityHeaders } from './security-headers';
import { MAX_DOCUMENT_TOKENS, introspectionAllowed, queryLimitsRule } from './query-limits';
import { activeSchema } from './read-models/active-schema';
import { openReadModels } from './read-models/read-model-store';
import { ReadModelsLifecycle } from './read-models/read-models.lifecycle';
import { GATEWAY_RESOLVERS } from './resolvers';
import { DEVELOPMENT_SIGN_IN, DevelopmentSignIn } from './sign-in/development-sign-in';
import { webAppModules } from './web-app';
import { ResponseCache } from './response-cache/response-cache';
import { KeptAnswerShortcut } from './response-cache/kept-answer-shortcut';
import { GRAPHQL_PATH, SubscriptionServer } from './subscription-server';
import { wellFormedInputPlugin } from './well-formed-input';
import { graphqlMetricsPlugin } from './gateway-metrics';
import { OverdueReviews } from './read-models/overdue-reviews';
import { MetricsModule } from '@hyeopchi/observability';

/** Closes the sender after the HTTP server has stopped, so requests in flight still get their replies. */
class KafkaSenderShutdown implements OnApplicationShutdown {
  constructor(@Inject(COMMAND_SENDER) private readonly sender: KafkaCommandSender) {}

  onApplicationShutdown(): Promise<void> {
    return this.sender.close();
  }
}

const GATEWAY = {
  imports: [
    HyeopchiConfigModule,
    MetricsModule,
    GatewayIdentityModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [GatewayIdentityModule],
      inject: [RateLimiter, CallerAuthenticator],
      useFactory: (limiter: RateLimiter, callers: CallerAuthenticator): ApolloDriverConfig => ({
        autoSchemaFile: true,
        sortSchema: true,
        context: ({ req }: { req?: unknown }) => ({ req }),
        validationRules: [queryLimitsRule()],
        // a document is parsed before any rule runs: its size is bounded first
        parseOptions: { maxTokens: MAX_DOCUMENT_TOKENS },
        // one operation per request: a batch would multiply the work one request can ask for
        allowBatchedHttpRequests: false,
        introspection: introspectionAllowed(),
        // Apollo's Sandbox needs its CDN and introspection: outside production only (schema.graphql is the
        // reference offline); `playground: false` keeps Nest's default GraphQL Playground out
        playground: false,
        plugins: [
          ...(introspectionAllowed() ? [ApolloServerPluginLandingPageLocalDefault({ footer: false })] : []),
          graphqlMetricsPlugin(),
          wellFormedInputPlugin(),
          rateLimitPlugin(limiter, callers),
        ],
        // a simple cross-site request (a form, an image) cannot run an operation: it needs a preflighted header
        csrfPrevention: true,
        formatError: maskedFormattedError,
        // a stack names the server's files: the log has it, the caller does not need it
        includeStacktraceInErrorResponses: false,
      }),
    }),
  ],
  providers: [
    ...GATEWAY_RESOLVERS,
    // live changes over graphql-ws on /graphql; the legacy subscriptions-transport-ws is not offered
    SubscriptionServer,
    PlatformClock,
    { provide: CommandGate, useClass: GatewayCommandGate },
    {
      provide: AuditLogs,
      inject: [DATABASE],
      useFactory: (database: Database) => AuditLogs.open(database.pool),
    },
    { provide: APP_FILTER, useClass: CallerErrorsFilter },
    {
      provide: ReadModelsLifecycle,
      inject: [ReadModels, EVENT_BUS, ReadModelChangeListener, DATABASE],
      useFactory: (
        readModels: ReadModels,
        bus: EventBus,
        changes: ReadModelChangeListener,
        database: Database,
      ) => new ReadModelsLifecycle(readModels, bus, changes, database),
    },
    {
      provide: ReadModels,
      inject: [DATABASE],
      useFactory: async (database: Database) => {
        const schema = await activeSchema(database.pool);
        return new ReadModels(await openReadModels(database.url, schema), schema);
      },
    },
    {
      provide: ResponseCache,
      inject: [ReadModelChangeListener],
      useFactory: (changes: ReadModelChangeListener) => new ResponseCache(changes),
    },
    KeptAnswerShortcut,
    OverdueReviews,
    {
      provide: ReadModelChangeListener,
      inject: [DATABASE, ReadModels],
      useFactory: async (database: Database, readModels: ReadModels) => {
        const listener = new ReadModelChangeListener(database.url, readModels.schema);
        await listener.start();
        return listener;
      },
    },
  ],
};

/**
 * The GraphQL front door at /graphql: mutations become commands for the services (through COMMAND_SENDER, in
 * process or over Kafka), queries read the read models it projects from every service's events.
 */
@Module({})
export class GatewayModule implements NestModule {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  configure(consumer: MiddlewareConsumer): void {
    if (nestBodyParserIn(this.adapterHost.httpAdapter.getInstance<Express>())) {
      throw new Error(
        "create the gateway's application with { bodyParser: false }: it reads /graphql's bodies itself, up to the largest command",
      );
    }
    this.adapterHost.httpAdapter.getInstance<Express>().disable('x-powered-by');
    consumer.apply(securityHeaders).forRoutes('{*path}');
    consumer.apply(graphqlBodyParser()).forRoutes(GRAPHQL_PATH);
  }

  /** In the services' process (standalone): their event infrastructure's database and bus, their dispatcher. */
  static inProcess(): DynamicModule {
    return {
      module: GatewayModule,
      ...GATEWAY,
      imports: [...GATEWAY.imports, ...webAppModules()],
      providers: [
        ...GATEWAY.providers,
        { provide: DEVELOPMENT_SIGN_IN, inject: [CONFIG], useFactory: DevelopmentSignIn.from },
      ],
    };
  }

  /** In its own process: its own database for the read models, events and commands over Kafka. */
  static overKafka(config: HyeopchiConfig): DynamicModule {
    return {
      module: GatewayModule,
      ...GATEWAY,
      imports: [...GATEWAY.imports, ...webAppModules(), EventInfrastructureModule.forContexts([], 'gateway')],
      providers: [
        ...GATEWAY.providers,
        // personas are the standalone platform's: a gateway of its own serves real tokens only
        { provide: DEVELOPMENT_SIGN_IN, useValue: null },
        {
          provide: COMMAND_SENDER,
          useFactory: () => KafkaCommandSender.connect(config, AGGREGATES, { name: 'gateway' }),
        },
        KafkaSenderShutdown,
      ],
    };
  }
}
