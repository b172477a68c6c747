import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';

/** What the gateway is measured against: a request read whole and a fixed JSON answer, nothing else. */
export async function startBaseline(): Promise<{ url: string; close(): Promise<void> }> {
  const answer = JSON.stringify({ data: { __typename: 'Query' } });
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
