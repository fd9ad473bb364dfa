import net from 'node:net';
import { dataOf, startTestServer, type TestServer } from './harness';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { HOSTILE_CASES } = require('./hostile-cases.cjs') as {
  HOSTILE_CASES: Array<{
    name: string;
    request: { method: string; path?: string; headers: Record<string, string>; body?: string };
    status: number;
    code: string;
    argument?: string;
  }>;
};

const ORDINARY = '{ region(slug: "kazakhstan") { name } }';

describe('hostile input', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))(
    'refuses %s with a client code before any SQL, and keeps serving',
    async (_name, hostile) => {
      const [response, ordinary] = await Promise.all([
        fetch(`${server.url}${hostile.request.path ?? ''}`, {
          method: hostile.request.method,
          headers: hostile.request.headers,
          body: hostile.request.body,
        }),
        server.gql(ORDINARY),
      ]);
      const text = await response.text();
      const body = JSON.parse(text) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
      expect({ status: response.status, code: body.errors?.[0]?.extensions?.code }).toEqual({ status: hostile.status, code: hostile.code });
      expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
      if (hostile.argument) expect(body.errors?.[0]?.extensions?.argument).toBe(hostile.argument);
      expect(body.errors?.[0]?.extensions?.requestId).toEqual(response.headers.get('x-request-id'));
      // Every answer says what the request cost, refusals included.
      expect((body as { extensions?: { cost?: unknown } }).extensions?.cost).toEqual({ requested: expect.any(Number), limit: 250_000 });
      // Refused in the HTTP layer (no header: no GraphQL context, so no SQL) or by GraphQL with none sent.
      const statements = response.headers.get('x-sql-statements');
      expect(statements === null ? 0 : Number(statements)).toBe(0);
      expect(dataOf(ordinary).region.name).toBeTruthy();
    },
  );

  it('refuses connections beyond its cap, and serves again once they close', async () => {
    const capped = await startTestServer({ HTTP_MAX_CONNECTIONS: '2' });
    const { port } = new URL(capped.url);
    const idle = await Promise.all(
      [1, 2].map(
        () =>
          new Promise<net.Socket>((resolve) => {
            const socket = net.connect(Number(port), '127.0.0.1', () => resolve(socket));
          }),
      ),
    );
    try {
      await expect(capped.gql(ORDINARY)).rejects.toThrow();
      for (const socket of idle) socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(dataOf(await capped.gql(ORDINARY)).region.name).toBeTruthy();
    } finally {
      for (const socket of idle) socket.destroy();
      await capped.stop();
    }
  });

  it('drops a client that sends its body too slowly, and keeps serving', async () => {
    const slow = await startTestServer({ REQUEST_TIMEOUT_MS: '1500', HTTP_HEADERS_TIMEOUT_MS: '1000' });
    try {
      const { port } = new URL(slow.url);
      const socket = net.connect(Number(port), '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"qu');
      const answer = await new Promise<string>((resolve) => {
        let received = '';
        socket.on('data', (chunk) => (received += chunk.toString()));
        socket.once('close', () => resolve(received));
        // A byte now and then: never enough to finish the body.
        const drip = setInterval(() => socket.write(' '), 200);
        socket.once('close', () => clearInterval(drip));
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(dataOf(await slow.gql(ORDINARY)).region.name).toBeTruthy();
    } finally {
      await slow.stop();
    }
  });
});
