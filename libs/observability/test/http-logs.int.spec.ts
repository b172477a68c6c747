import { structuredLogging } from '@hyeopchi/observability';
import { LogCapture, eventually } from '@hyeopchi/testing';
import { Body, Controller, Get, INestApplication, Logger, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AddressInfo } from 'node:net';

@Controller()
class EchoController {
  private readonly logger = new Logger('Echo');

  @Get('echo')
  echo(): string {
    this.logger.log('echoing');
    return 'ok';
  }

  @Post('echo')
  echoBody(@Body() body: unknown): unknown {
    return body;
  }

  @Get('health/live')
  live(): string {
    return 'ok';
  }
}

/** What an HTTP request leaves in the log, through a real server. */
describe('HTTP request logs', () => {
  const capture = new LogCapture();
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    const logging = await structuredLogging({ level: 'log', format: 'json' }, capture);
    @Module({ imports: [logging.module], controllers: [EchoController] })
    class EchoModule {}
    app = await NestFactory.create(EchoModule, { logger: logging.logger, abortOnError: false });
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterEach(() => capture.clear());
  afterAll(() => app.close());

  const completed = () => capture.lines().filter((line) => line.msg === 'request completed');

  it('names the request by method, path, status and id, on its own lines too', async () => {
    const response = await fetch(`${url}/echo`, { headers: { 'x-request-id': 'request-1' } });
    expect(response.headers.get('x-request-id')).toBe('request-1');

    await eventually(() => expect(completed()).toHaveLength(1));
    expect(completed()[0]).toMatchObject({
      level: 'info',
      req: { id: 'request-1', method: 'GET', path: '/echo' },
      res: { statusCode: 200 },
    });
    expect(capture.withMessage('echoing')).toMatchObject({ context: 'Echo', req: { id: 'request-1' } });
  });

  it('never logs headers, query strings or bodies, where tokens and personal data travel', async () => {
    await fetch(`${url}/echo?token=secret-in-query&email=kim%40example.org`, {
      headers: { authorization: 'Bearer secret-in-header', cookie: 'session=secret-in-cookie' },
    });
    await fetch(`${url}/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer secret-in-header' },
      body: JSON.stringify({ password: 'secret-in-body', name: '김민지' }),
    });

    await eventually(() => expect(completed()).toHaveLength(2));
    const everything = capture.raw.join('');
    for (const secret of [
      'secret-in-query',
      'kim',
      'secret-in-header',
      'secret-in-cookie',
      'secret-in-body',
      '김민지',
    ]) {
      expect(everything).not.toContain(secret);
    }
    expect(completed().map((line) => line.req)).toEqual([
      expect.objectContaining({ method: 'GET', path: '/echo' }),
      expect.objectContaining({ method: 'POST', path: '/echo' }),
    ]);
  });

  it('gives a request without a usable id one of its own', async () => {
    const response = await fetch(`${url}/echo`, { headers: { 'x-request-id': 'not an id; <script>' } });

    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await eventually(() => expect(completed()[0]).toMatchObject({ req: { id } }));
  });

  it('leaves health probes out: they come every few seconds', async () => {
    await fetch(`${url}/health/live`);
    await fetch(`${url}/echo`);

    await eventually(() => expect(completed()).toHaveLength(1));
    expect(completed()[0]).toMatchObject({ req: { path: '/echo' } });
  });
});
