import { getMetadataStorage } from 'type-graphql';
import { hashApiKey } from '../src/auth/api-key-secret';
import { installDirectResolvers } from '../src/graphql/direct-resolvers';
import { buildQorgauSchema } from '../src/schema';
import { globalId, startTestServer, type TestServer } from './harness';
import { buildWorld, type World } from './world';

let server: TestServer;
let w: World;
beforeAll(async () => {
  server = await startTestServer();
  w = await buildWorld(server, 'auth');
});
afterAll(async () => {
  await server.stop();
});

const VIEWER = `{ viewer { name role organization { slug } } }`;

describe('API keys', () => {
  it('are not needed to read; a read without one has no viewer', async () => {
    const response = await server.gql(`{ viewer { name } events(first: 1) { totalCount } }`);
    expect(response.status).toBe(200);
    expect(response.data).toMatchObject({ viewer: null, events: { totalCount: expect.any(Number) } });
  });

  it('name the key, its role and its organization in viewer', async () => {
    const response = await server.as(w.keys.editorA, VIEWER);
    expect(response.data?.viewer).toEqual({ name: 'test editor key', role: 'EDITOR', organization: { slug: `${w.prefix}-org-a` } });
    expect((await server.as(w.keys.admin, VIEWER)).data?.viewer).toEqual({ name: 'test admin key', role: 'ADMIN', organization: null });
  });

  it.each([
    ['a malformed key', 'qgk_not-a-key', /malformed/],
    ['a key with a wrong checksum', 'qgk_' + 'A'.repeat(46), /malformed/],
    ['an unknown key', null, /not known/],
    ['another scheme', 'Basic dXNlcjpwYXNz', /Bearer/],
  ])('refuse %s with UNAUTHENTICATED and HTTP 401, for reads too', async (_what, header, message) => {
    // A well-formed key that was never issued: a real key with its last secret character changed
    // would fail the checksum, so take a fresh one and forget it.
    const unknown = (await server.key('ADMIN', null, 'forgotten')).key;
    await server.sql(`DELETE FROM audit_log WHERE record_type = 'ApiKey' AND record_id = (SELECT id FROM api_keys WHERE key_hash = $1)`, [
      hashApiKey(unknown),
    ]);
    await server.sql(`DELETE FROM api_keys WHERE key_hash = $1`, [hashApiKey(unknown)]);
    const authorization = header === null ? `Bearer ${unknown}` : header.startsWith('Basic') ? header : `Bearer ${header}`;
    const response = await server.gql(`{ events(first: 1) { totalCount } }`, {}, { authorization });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="qorgau"');
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0]?.message).toMatch(message);
    expect(response.data).toBeUndefined();
  });

  it('make a mutation without a key fail with UNAUTHENTICATED', async () => {
    const response = await server.gql(
      `mutation { createSource(input: { title: { en: "x" }, language: EN, kind: OTHER }) { userErrors { code } } }`,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data).toEqual({ createSource: null });
  });

  it('are stored only as a hash, with a prefix to tell them apart, and record when they were used', async () => {
    const { key, id } = await server.key('EDITOR', w.ids.orgB, 'hashed');
    expect(key).toMatch(/^qgk_[0-9A-Za-z]{46}$/);
    const [row] = await server.sql(`SELECT to_jsonb(k)::text AS json, key_hash, prefix, last_used_at FROM api_keys k WHERE id = $1`, [id]);
    expect(row.json).not.toContain(key.slice(4));
    expect(Buffer.compare(row.key_hash, hashApiKey(key))).toBe(0);
    expect(key.startsWith(row.prefix)).toBe(true);
    expect(row.last_used_at).toBeNull();
    await server.as(key, VIEWER);
    const [used] = await server.sql(`SELECT last_used_at FROM api_keys WHERE id = $1`, [id]);
    expect(used.last_used_at).not.toBeNull();
  });

  it('are created by admins through createApiKey, shown once, and listed by apiKeys without secrets', async () => {
    const created = await server.as(
      w.keys.admin,
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id name role prefix organization { slug } revokedAt } userErrors { code } } }`,
      { input: { name: 'dashboard', role: 'EDITOR', organization: `${w.prefix}-org-b` } },
    );
    const payload = created.data?.createApiKey;
    expect(payload.userErrors).toEqual([]);
    expect(payload.apiKey).toMatchObject({
      name: 'dashboard',
      role: 'EDITOR',
      organization: { slug: `${w.prefix}-org-b` },
      revokedAt: null,
    });
    expect((await server.as(payload.key, VIEWER)).data?.viewer.name).toBe('dashboard');

    const listed = await server.as(
      w.keys.admin,
      `{ apiKeys(first: 100, filter: { organization: "${w.gid.orgB}" }) { nodes { id name prefix } } }`,
    );
    const keys = listed.data?.apiKeys.nodes as Array<{ id: string; name: string; prefix: string }>;
    expect(keys.map((k) => k.id)).toContain(payload.apiKey.id);
    expect(JSON.stringify(listed.data)).not.toContain(payload.key);

    const noOrganization = await server.as(
      w.keys.admin,
      `mutation { createApiKey(input: { name: "x", role: EDITOR }) { key userErrors { field code } } }`,
    );
    expect(noOrganization.data?.createApiKey).toEqual({ key: null, userErrors: [{ field: ['input', 'organization'], code: 'REQUIRED' }] });
  });

  it('stop working on the very next request once revoked', async () => {
    const victim = await server.key('EDITOR', w.ids.orgA, 'leaked');
    expect((await server.as(victim.key, VIEWER)).status).toBe(200);
    const revoked = await server.as(
      w.keys.admin,
      `mutation { revokeApiKey(input: { id: "${globalId('ApiKey', victim.id)}" }) { apiKey { revokedAt } userErrors { code } } }`,
    );
    expect(revoked.data?.revokeApiKey.apiKey.revokedAt).toEqual(expect.any(String));
    const next = await server.as(victim.key, VIEWER);
    expect(next.status).toBe(401);
    expect(next.errors?.[0]?.message).toMatch(/revoked/);
  });

  it('may revoke themselves', async () => {
    const own = await server.key('EDITOR', w.ids.orgB, 'self');
    const response = await server.as(
      own.key,
      `mutation { revokeApiKey(input: { id: "${globalId('ApiKey', own.id)}" }) { userErrors { code } } }`,
    );
    expect(response.data?.revokeApiKey.userErrors).toEqual([]);
    expect((await server.as(own.key, VIEWER)).status).toBe(401);
  });
});

describe('fields that need a role', () => {
  const ADMIN_QUERIES = ['{ apiKeys(first: 1) { totalCount } }', '{ auditLog(first: 1) { totalCount } }'];

  it.each(ADMIN_QUERIES)('cannot be read without the role: %s', async (query) => {
    const anonymous = await server.gql(query);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const editor = await server.as(w.keys.editorA, query);
    expect(editor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(Object.values(editor.data ?? {})).toEqual([null]);
    const admin = await server.as(w.keys.admin, query);
    expect(admin.errors).toBeUndefined();
  });

  it('keep TypeGraphQL’s resolver (with its auth check) instead of the direct one', () => {
    const schema = buildQorgauSchema();
    const replaced = installDirectResolvers(schema, { globalMiddlewares: 0, validate: false });
    expect(replaced).toContain('Query.events');
    expect(replaced).not.toContain('Query.apiKeys');
    expect(replaced).not.toContain('Query.auditLog');
    const guarded = getMetadataStorage()
      .queries.filter((query) => query.roles !== undefined)
      .map((query) => `Query.${query.schemaName}`);
    expect(guarded.length).toBeGreaterThan(0);
    for (const field of guarded) expect(replaced).not.toContain(field);
  });
});
