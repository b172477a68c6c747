import { IncomingMessage, Server, createServer } from 'node:http';
import { AddressInfo, Socket, connect } from 'node:net';
import { peekBody } from '../src/response-cache/peek-body';

/** What a server peeking at each request's body saw, and what the next reader read after it. */
interface Seen {
  peeked: string | null;
  readAgain?: string;
}

describe("reading a request's body ahead, and putting it back", () => {
  let server: Server;
  let port: number;
  let seen: (value: Seen) => void;

  beforeAll(async () => {
    server = createServer((request, response) => {
      peekBody(request, Number(request.headers['content-length']), (body) => {
        if (!body) return seen({ peeked: null });
        void readWhole(request).then((readAgain) => {
          seen({ peeked: body.toString(), readAgain });
          response.end('ok');
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const next = () => new Promise<Seen>((resolve) => (seen = resolve));
  const send = (body: string, declaredLength = Buffer.byteLength(body)): Socket => {
    const socket = connect(port, '127.0.0.1');
    socket.write(`POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ${declaredLength}\r\n\r\n${body}`);
    return socket;
  };

  it('gives the whole body, and the next reader reads it all again', async () => {
    const body = JSON.stringify({ query: '{ proposal(id: "한국어") { id } }' });
    const seeing = next();
    const socket = send(body);
    expect(await seeing).toEqual({ peeked: body, readAgain: body });
    socket.destroy();
  });

  it('waits for a body that arrives in pieces', async () => {
    const seeing = next();
    const socket = send('{"query":', 17);
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.write('"{ a }"}');
    expect(await seeing).toEqual({ peeked: '{"query":"{ a }"}', readAgain: '{"query":"{ a }"}' });
    socket.destroy();
  });

  it('gives nothing when the caller leaves before sending it all', async () => {
    const seeing = next();
    const socket = send('{"query":', 100);
    await new Promise((resolve) => setTimeout(resolve, 50));
    socket.destroy();
    expect(await seeing).toEqual({ peeked: null });
  });
});

async function readWhole(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}
