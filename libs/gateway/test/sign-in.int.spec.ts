import { loadConfiguration } from '@hyeopchi/config';
import { GatewayModule } from '@hyeopchi/gateway';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices } from '@hyeopchi/platform';
import { Started, freshDatabase, postGraphql, testDatabaseUrl } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { sign } from 'jsonwebtoken';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';

const secret = 'a-sign-in-int-test-secret-of-at-least-32-characters';

/**
 * A platform given a real JWT_SECRET, with NODE_ENV unset (as `JWT_SECRET=… npm run start:gateway` runs it),
 * over a real HTTP server: its tokens are real, so nobody signs in as someone else by asking.
 */
describe('signing in where a secret is configured', () => {
  let database: Started<string>;
  let app: INestApplication;
  let origin: string;

  beforeAll(async () => {
    const nodeEnv = process.env.NODE_ENV;
    delete process.env.NODE_ENV;
    try {
      database = await freshDatabase(testDatabaseUrl(), `hyeopchi_sign_in_${randomBytes(4).toString('hex')}`);
      const config = loadConfiguration({ DATABASE_URL: database.value, JWT_SECRET: secret });
      app = await startInProcessForTest(allServices(config), config, new TestClock(), [
        GatewayModule.inProcess(),
      ]);
      await app.listen(0, '127.0.0.1');
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    origin = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await database?.stop();
  });

  it('refuses signInAsPersona to an anonymous caller, and offers no personas', async () => {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { signInAsPersona(subject: "admin") { token } }' }),
    });
    expect(await response.json()).toMatchObject({
      data: null,
      errors: [{ extensions: { code: 'NOT_AVAILABLE' } }],
    });
    expect(await postGraphql(origin, '{ personas { subject } }')).toEqual({ personas: [] });
  });

  it('refuses a token issued years ahead that expires an hour after its issue time', async () => {
    const inThreeYears = Math.floor(Date.now() / 1000) + 3 * 365 * 24 * 3600;
    const fromTheFuture = sign({ sub: 'mallory', roles: ['admin'], iat: inThreeYears }, secret, {
      algorithm: 'HS256',
      issuer: 'hyeopchi',
      audience: 'hyeopchi',
      expiresIn: 3600,
    });
    const refused = await postGraphql(origin, '{ me { subject } }', {}, fromTheFuture).then(
      () => null,
      (error: Error) => error.message,
    );
    expect(refused).toContain('issued in the future');
  });
});
