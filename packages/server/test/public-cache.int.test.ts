import { createHash } from 'node:crypto';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  // Budgets on, as in production: a public answer must not change with the client's budget.
  server = await startTestServer({ RATE_LIMIT_IP_COST_PER_MINUTE: '1000000', RATE_LIMIT_KEY_COST_PER_MINUTE: '1000000' });
});
afterAll(async () => {
  await server.stop();
});

const QUERY = '{ region(slug: "astana") { slug name } }';
// What a GET needs besides the query: Apollo's CSRF guard wants a header no simple cross-site request has.
const PREFLIGHTED = { 'apollo-require-preflight': 'true' };

function getUrl(params: Record<string, unknown>): string {
  const search = new URLSearchParams(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]),
  );
  return `${server.url}?${search.toString()}`;
}

describe('cacheable public reads', () => {
  it('marks an anonymous GET read public with an ETag, and answers 304 when the client has it', async () => {
    const first = await fetch(getUrl({ query: QUERY }), { headers: PREFLIGHTED });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    expect(first.headers.get('vary')).toMatch(/Accept-Language/);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    // What one client has left of its budget is not in a shared answer.
    expect(first.headers.get('x-ratelimit-remaining')).toBeNull();
    expect((await first.json()).data.region.slug).toBe('astana');

    const same = await fetch(getUrl({ query: QUERY }), { headers: PREFLIGHTED });
    expect(same.headers.get('etag')).toBe(etag);
    const again = await fetch(getUrl({ query: QUERY }), { headers: { ...PREFLIGHTED, 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    // Another language is another answer, with another tag.
    const russian = await fetch(getUrl({ query: QUERY }), { headers: { ...PREFLIGHTED, 'accept-language': 'ru', 'if-none-match': etag! } });
    expect(russian.status).toBe(200);
    expect(russian.headers.get('etag')).not.toBe(etag);
  });

  it('never marks authenticated answers, errors or POSTs cacheable', async () => {
    const { key } = await server.key('ADMIN');
    const authenticated = await fetch(getUrl({ query: QUERY }), { headers: { ...PREFLIGHTED, authorization: `Bearer ${key}` } });
    expect(authenticated.status).toBe(200);
    expect(authenticated.headers.get('cache-control')).toBe('no-store');
    expect(authenticated.headers.get('etag')).toBeNull();

    const failed = await fetch(getUrl({ query: '{ event(id: "broken") { slug } }' }), { headers: PREFLIGHTED });
    expect((await failed.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(failed.headers.get('cache-control')).toBe('no-store');
    expect(failed.headers.get('etag')).toBeNull();

    const posted = await server.gql(QUERY);
    expect(posted.headers.get('cache-control')).toBe('no-store');
    expect(posted.headers.get('etag')).toBeNull();
  });

  it('serves automatic persisted queries over GET: unknown hash, then registered, then by hash alone', async () => {
    const query = '{ region(slug: "astana") { slug } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const persistedQuery = { version: 1, sha256Hash };

    const unknown = await fetch(getUrl({ extensions: { persistedQuery } }), { headers: PREFLIGHTED });
    expect((await unknown.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers.get('cache-control')).toBe('no-store');

    const registered = await fetch(getUrl({ query, extensions: { persistedQuery } }), { headers: PREFLIGHTED });
    expect((await registered.json()).data.region.slug).toBe('astana');

    const byHash = await fetch(getUrl({ extensions: { persistedQuery } }), { headers: PREFLIGHTED });
    expect(byHash.status).toBe(200);
    expect(byHash.headers.get('cache-control')).toBe('public, max-age=60');
    expect((await byHash.json()).data.region.slug).toBe('astana');
  });

  it('refuses a GET without the CSRF header with BAD_REQUEST, saying which header to send', async () => {
    const response = await fetch(getUrl({ query: QUERY }));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toMatch(/apollo-require-preflight/);
  });
});
