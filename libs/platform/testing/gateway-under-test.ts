import { CommandDispatcher } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { loadConfiguration } from '@hyeopchi/config';
import { GatewayModule } from '@hyeopchi/gateway';
import { Identity } from '@hyeopchi/identity';
import { allServices, registerDemoDepartments } from '@hyeopchi/platform';
import { Started, freshDatabase, postGraphql, testDatabaseUrl, testToken } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';

/** What a command mutation answers, as the tests read it. */
export interface MutationOutcome {
  __typename: 'CommandAccepted' | 'CommandRefused';
  code?: string;
}

export const ACCEPTED = { __typename: 'CommandAccepted' } as const;
export const refusedWith = (code: string) => ({ __typename: 'CommandRefused', code });

export interface GatewayUnderTest {
  /** The services' clock: a test moves it on. */
  readonly clock: TestClock;
  /** The platform, once started. */
  app(): INestApplication;
  /** The HTTP origin the gateway listens on, once started. */
  origin(): string;
  /** A query's data (an error when the API answers with errors), as `identity` when given. */
  graphql<T = Record<string, unknown>>(query: string, variables?: object, identity?: Identity): Promise<T>;
  /** A command mutation's outcome, sent as `identity`. */
  send(mutation: string, input: object, identity: Identity): Promise<MutationOutcome>;
}

/**
 * Every service and the gateway over real HTTP on a fresh database, started before the suite's tests and stopped
 * after them, with the demo's departments registered so that proposals may name them.
 */
export function gatewayUnderTest(name: string, secret: string): GatewayUnderTest {
  const clock = new TestClock();
  let database: Started<string> | undefined;
  let app: INestApplication | undefined;
  let origin = '';

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_${name}_${randomBytes(4).toString('hex')}`);
    const config = loadConfiguration({ DATABASE_URL: database.value, JWT_SECRET: secret });
    app = await startInProcessForTest(allServices(config), config, clock, [GatewayModule.inProcess()]);
    await app.listen(0, '127.0.0.1');
    origin = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const dispatcher = app.get(CommandDispatcher);
    await registerDemoDepartments((request) => dispatcher.dispatch(request));
  });
  afterAll(async () => {
    await app?.close();
    await database?.stop();
  });

  const graphql = <T>(query: string, variables?: object, identity?: Identity) =>
    postGraphql<T>(origin, query, variables, identity && testToken(identity, secret));
  return {
    clock,
    app: () => app!,
    origin: () => origin,
    graphql,
    async send(mutation, input, identity) {
      const type = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
      const result = await graphql<Record<string, MutationOutcome>>(
        `mutation ($input: ${type}!) { ${mutation}(input: $input) { __typename ... on CommandRefused { code } } }`,
        { input },
        identity,
      );
      return result[mutation];
    },
  };
}
