import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, QorgauGraphQLError, QorgauNetworkError } from '../src';
import { serverUrl } from './server';

/**
 * A proxy in front of the real server that answers the first `failures` requests itself with
 * `status` (and `Retry-After` when given), then forwards. It records when each request arrived.
 */
async function flakyProxy(
  failures: number,
  status: number,
  retryAfter?: string,
): Promise<{ url: string; arrivals: number[]; close(): Promise<void> }> {
  const arrivals: number[] = [];
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    arrivals.push(Date.now());
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (arrivals.length <= failures) {
      res.statusCode = status;
      if (retryAfter !== undefined) res.setHeader('retry-after', retryAfter);
      res.end(status === 400 ? JSON.stringify({ errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT' } }] }) : 'unavailable');
      return;
    }
    const upstream = await fetch(serverUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.concat(chunks),
    });
    res.statusCode = upstream.status;
    res.setHeader('content-type', upstream.headers.get('content-type') ?? 'application/json');
    res.end(await upstream.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    arrivals,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('retries', () => {
  it.each([502, 503, 504, 429])('retries a query after HTTP %i and then succeeds', async (status) => {
    const proxy = await flakyProxy(2, status);
    try {
      const qorgau = createClient({ url: proxy.url, retries: 2, retryDelayMs: 5 });
      const { region } = await qorgau.region({ slug: 'astana' });
      expect(region?.slug).toBe('astana');
      expect(proxy.arrivals).toHaveLength(3);
    } finally {
      await proxy.close();
    }
  });

  it('gives up after the allowed retries with the last status', async () => {
    const proxy = await flakyProxy(10, 503);
    try {
      const qorgau = createClient({ url: proxy.url, retries: 2, retryDelayMs: 5 });
      const error = await qorgau.region({ slug: 'astana' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QorgauNetworkError);
      expect((error as QorgauNetworkError).status).toBe(503);
      expect(proxy.arrivals).toHaveLength(3);
    } finally {
      await proxy.close();
    }
  });

  it('never retries a mutation', async () => {
    const proxy = await flakyProxy(1, 503);
    try {
      const qorgau = createClient({ url: proxy.url, retries: 3, retryDelayMs: 5 });
      const error = await qorgau.request('mutation Touch { touch }').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QorgauNetworkError);
      expect(proxy.arrivals).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it('never retries a generated mutation method, nor a mutation written after its fragments', async () => {
    const proxy = await flakyProxy(2, 503);
    try {
      const qorgau = createClient({ url: proxy.url, retries: 3, retryDelayMs: 5 });
      const generated = await qorgau
        .createSource({ input: { title: { en: 'x' }, language: 'EN', kind: 'OTHER' } })
        .catch((e: unknown) => e);
      expect(generated).toBeInstanceOf(QorgauNetworkError);
      expect(proxy.arrivals).toHaveLength(1);
      const custom = await qorgau
        .request(
          'fragment Fields on Event { id version }\n# not a query\nmutation Save($input: UpdateEventInput!) { updateEvent(input: $input) { event { ...Fields } } }',
          {
            input: { id: 'x', version: 1 },
          },
        )
        .catch((e: unknown) => e);
      expect(custom).toBeInstanceOf(QorgauNetworkError);
      expect(proxy.arrivals).toHaveLength(2);
    } finally {
      await proxy.close();
    }
  });

  it('does not retry a request the server rejected (HTTP 400)', async () => {
    const proxy = await flakyProxy(1, 400);
    try {
      const qorgau = createClient({ url: proxy.url, retries: 3, retryDelayMs: 5 });
      const error = await qorgau.region({ slug: 'astana' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QorgauGraphQLError);
      expect(proxy.arrivals).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it('waits as long as Retry-After says before retrying', async () => {
    const proxy = await flakyProxy(1, 429, '1');
    try {
      const qorgau = createClient({ url: proxy.url, retries: 1, retryDelayMs: 1 });
      await qorgau.region({ slug: 'astana' });
      expect(proxy.arrivals).toHaveLength(2);
      // A lower bound only: the client must not come back sooner than the server asked.
      expect(proxy.arrivals[1]! - proxy.arrivals[0]!).toBeGreaterThanOrEqual(950);
    } finally {
      await proxy.close();
    }
  });
});
