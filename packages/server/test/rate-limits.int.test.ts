import Redis from 'ioredis';
import { readHarnessDatabaseUrl } from '../src/config/env';
import { MAX_REFUSED_KEYS_PER_MINUTE } from '../src/http/request-context';
import { awayFromWindowEnd, startTestServer, type TestServer } from './harness';
import { postJson, startServerProcess, stopServerProcess, type ServerProcess } from './server-processes';

// Costs 1 + 5: a region, and a page of five events.
const QUERY = '{ region(slug: "astana") { name } events(first: 5) { nodes { slug } } }';
const QUERY_COST = 1 + 5;

describe('budgets per minute, in one process', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      RATE_LIMIT_IP_COST_PER_MINUTE: String(QUERY_COST * 3),
      RATE_LIMIT_KEY_COST_PER_MINUTE: String(QUERY_COST * 5),
    });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('spends the cost of each request from the address, then answers 429 RATE_LIMITED with Retry-After', async () => {
    await awayFromWindowEnd();
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push(await server.gql(QUERY));
    expect(answers.map((a) => [a.status, a.headers.get('x-ratelimit-remaining')])).toEqual([
      [200, String(QUERY_COST * 2)],
      [200, String(QUERY_COST)],
      [200, '0'],
      [429, '0'],
    ]);
    const refused = answers[3]!;
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', cost: QUERY_COST, limit: QUERY_COST * 3 });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(Number(refused.headers.get('x-ratelimit-reset')) * 1000).toBeGreaterThan(Date.now());
    expect(refused.sqlStatements).toBe(0);
    expect(answers[0]!.headers.get('x-ratelimit-limit')).toBe(String(QUERY_COST * 3));
  });

  it('gives an API key a budget of its own, reported in extensions.cost', async () => {
    await awayFromWindowEnd();
    const { key } = await server.key(
      'EDITOR',
      (await server.sql(`SELECT id FROM organizations WHERE slug = 'general-prosecutors-office'`))[0].id,
    );
    const first = await server.as(key, QUERY);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-ratelimit-limit')).toBe(String(QUERY_COST * 5));
    const extensions = (await (
      await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: QUERY }),
      })
    ).json()) as { extensions: { cost: { requested: number; limit: number; budget: { limit: number; remaining: number } } } };
    expect(extensions.extensions.cost).toMatchObject({
      requested: QUERY_COST,
      budget: { limit: QUERY_COST * 5, remaining: QUERY_COST * 3 },
    });
  });

  it('refuses a request that costs more than the whole budget as too complex (no wait would help)', async () => {
    const response = await server.gql('{ events(first: 100) { nodes { slug } } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 100, maximum: QUERY_COST * 3 });
    expect(response.errors?.[0]?.message).toMatch(/more than the budget/);
    expect(response.headers.get('retry-after')).toBeNull();
  });

  it('answers an address that keeps presenting unknown keys 429 before looking them up', async () => {
    await awayFromWindowEnd();
    const forged = await server.key('ADMIN', null, 'to revoke');
    await server.sql(`UPDATE api_keys SET revoked_at = now() WHERE id = $1`, [forged.id]);
    const statuses: number[] = [];
    for (let i = 0; i < MAX_REFUSED_KEYS_PER_MINUTE + 1; i += 1) statuses.push((await server.as(forged.key, '{ __typename }')).status);
    expect(statuses.slice(0, MAX_REFUSED_KEYS_PER_MINUTE).every((status) => status === 401)).toBe(true);
    const refused = await server.as(forged.key, '{ __typename }');
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused.sqlStatements).toBeNaN();
  });

  it('answers a variable of the wrong type BAD_USER_INPUT, not with the budget', async () => {
    const response = await server.gql('query($n: Int) { events(first: $n) { totalCount } }', { n: 'abc' });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

async function bothConnected(name: string, count: number): Promise<void> {
  const redis = new Redis('redis://127.0.0.1:6379');
  try {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const clients = String(await redis.call('CLIENT', 'LIST'));
      if (clients.split('\n').filter((line) => line.includes(` name=${name} `)).length >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${count} Redis connections named ${name} did not come up`);
  } finally {
    redis.disconnect();
  }
}

describe('budgets shared through Redis by several server processes', () => {
  const prefix = `qorgau-test-${process.pid}-${Date.now()}`;
  const replicas: ServerProcess[] = [];
  afterAll(async () => {
    await Promise.all(replicas.map((replica) => stopServerProcess(replica)));
  });

  it('lets two processes spend one budget', async () => {
    const env = {
      DATABASE_URL: readHarnessDatabaseUrl(),
      MIGRATE_ON_START: 'false',
      SEED_ON_START: 'false',
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_KEY_PREFIX: prefix,
      RATE_LIMIT_IP_COST_PER_MINUTE: String(QUERY_COST * 4),
    };
    replicas.push(await startServerProcess(env), await startServerProcess(env));
    // A replica lets requests through while its Redis connection is not up yet (budgets fail
    // open): count only once both are connected, as CLIENT LIST shows them by name.
    await bothConnected(`${prefix}-rate-limits`, 2);
    await awayFromWindowEnd();
    const statuses = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await postJson(replicas[i % 2]!.url, { query: QUERY })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });

  it('lets requests through when Redis does not answer (and says so in the log)', async () => {
    const server = await startTestServer({ REDIS_URL: 'redis://127.0.0.1:1', RATE_LIMIT_IP_COST_PER_MINUTE: String(QUERY_COST) });
    try {
      const answers = await Promise.all([server.gql(QUERY), server.gql(QUERY)]);
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
    } finally {
      await server.stop();
    }
  });
});
