import { readHarnessDatabaseUrl } from '../src/config/env';
import { startTestServer, type TestServer } from './harness';
import { postJson, startServerProcess, stopServerProcess, type ServerProcess } from './server-processes';

// The compose profile's topology without Docker: three API processes over one PostgreSQL and one
// Redis, each answering any request (no session, no affinity), sharing one budget per client.
const replicas: ServerProcess[] = [];
let helper: TestServer;

beforeAll(async () => {
  helper = await startTestServer();
  const env = {
    DATABASE_URL: readHarnessDatabaseUrl(),
    MIGRATE_ON_START: 'true',
    SEED_ON_START: 'true',
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_KEY_PREFIX: `qorgau-scale-${process.pid}-${Date.now()}`,
    RATE_LIMIT_IP_COST_PER_MINUTE: '1000000',
    RATE_LIMIT_KEY_COST_PER_MINUTE: '1000000',
  };
  // Started at once, as replicas are: migrations and seeds take turns under their lock.
  replicas.push(...(await Promise.all([startServerProcess(env), startServerProcess(env), startServerProcess(env)])));
});
afterAll(async () => {
  await Promise.all(replicas.map((replica) => stopServerProcess(replica)));
  await helper?.stop();
});

describe('three replicas over one PostgreSQL and one Redis', () => {
  it('answer any request alike', async () => {
    // Seeded records only: other test files write to this database meanwhile (a count of events would move).
    const query = {
      query:
        '{ region(slug: "south-kazakhstan-region") { name successors { slug } } event(slug: "astana-conference-prevention-of-domestic-violence-2017-12-08") { title organizers { role } } }',
    };
    const answers = await Promise.all(replicas.map((replica) => postJson(replica.url, query)));
    expect(answers[0]!.body.data.region.successors).toEqual([{ slug: 'turkestan-region' }]);
    expect(answers.map((a) => a.body.data)).toEqual(answers.map(() => answers[0]!.body.data));
  });

  it('lose no acknowledged write when one replica is killed mid-load', async () => {
    const { key } = await helper.key('ADMIN', null, 'scale-out writer');
    const prefix = `scale-${Date.now()}`;
    const acknowledged: string[] = [];
    const failed: string[] = [];
    const write = async (i: number) => {
      const slug = `${prefix}-${i}`;
      // A load balancer sends each request to a live replica: round robin over those still running.
      const live = replicas.filter((replica) => replica.child.exitCode === null && replica.child.signalCode === null);
      const replica = live[i % live.length]!;
      try {
        const answer = await postJson(
          replica.url,
          {
            query: 'mutation($input: CreateSourceInput!) { createSource(input: $input) { source { slug } userErrors { code } } }',
            variables: { input: { slug, title: { en: `Scale-out ${i}` }, language: 'EN', kind: 'REPORT' } },
          },
          { authorization: `Bearer ${key}` },
        );
        if (answer.status === 200 && answer.body.data?.createSource?.source?.slug === slug) acknowledged.push(slug);
        else failed.push(slug);
      } catch {
        failed.push(slug);
      }
    };
    const batches = Array.from({ length: 10 }, (_, b) => Array.from({ length: 6 }, (_, i) => b * 6 + i));
    for (const [b, batch] of batches.entries()) {
      const writes = batch.map((i) => write(i));
      if (b === 4) replicas[1]!.child.kill('SIGKILL');
      await Promise.all(writes);
    }
    expect(acknowledged.length).toBeGreaterThan(40);
    const stored = await helper.sql<{ slug: string }>(`SELECT slug FROM sources WHERE slug LIKE $1`, [`${prefix}-%`]);
    const storedSlugs = new Set(stored.map((row) => row.slug));
    expect(acknowledged.filter((slug) => !storedSlugs.has(slug))).toEqual([]);
    // Every stored write has its audit row (the change and its record commit together).
    const audited = await helper.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE record_type = 'Source' AND record_id IN (SELECT id FROM sources WHERE slug LIKE $1)`,
      [`${prefix}-%`],
    );
    expect(audited[0]!.n).toBe(storedSlugs.size);
    // The survivors serve on.
    const survivors = replicas.filter((_, index) => index !== 1);
    const answers = await Promise.all(survivors.map((replica) => postJson(replica.url, { query: '{ __typename }' })));
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
  });
});
