import {
  addOrganizer,
  addParticipant,
  createEvent,
  createOfficial,
  createOrganization,
  createRecommendation,
  createRegion,
  uniquePrefix,
} from './fixtures';
import { dataOf, globalId, startTestServer, type TestServer } from './harness';

let server: TestServer;
/** The same server with the read compiler off: the resolvers and their loaders. */
let resolvers: TestServer;
let regionId: string;

// The nested feed of WORKLOAD.md's Q1: events with organizers, participants (officials with their
// posts, organizations) and recommendation counts.
const FEED = `query Feed($region: ID!, $first: Int!) {
  events(first: $first, filter: { region: $region }) {
    totalCount
    nodes {
      title startsOn
      region { name parent { name } }
      organizers { role organization { name shortName region { name } } }
      participants { role title official { fullName posts { title organization { shortName } } } organization { name } }
      recommendations(first: 5) { totalCount nodes { text status responsibleOrganizations { shortName } history { toStatus } } }
      sources { title }
    }
  }
}`;

beforeAll(async () => {
  // The feed at 50 events costs more than the default limit (participants × posts at their bounds);
  // what is counted here is statements, so the limit is raised.
  server = await startTestServer({ MAX_QUERY_COST: '2000000' });
  resolvers = await startTestServer({ MAX_QUERY_COST: '2000000', COMPILED_READS: 'false' });
  const p = uniquePrefix('sqlcount');
  const sql = server.sql;
  const oblast = await createRegion(sql, `${p}-oblast`, 'Count oblast');
  regionId = oblast;
  const districts = [
    await createRegion(sql, `${p}-d1`, 'D1', { kind: 'DISTRICT', parentId: oblast }),
    await createRegion(sql, `${p}-d2`, 'D2', { kind: 'DISTRICT', parentId: oblast }),
  ];
  const organizations: string[] = [];
  for (let i = 0; i < 8; i += 1)
    organizations.push(
      await createOrganization(sql, `${p}-org${i}`, `Count org ${i}`, { regionId: districts[i % 2], shortName: `CO${i}` }),
    );
  const officials: string[] = [];
  for (let i = 0; i < 12; i += 1)
    officials.push(
      await createOfficial(sql, `${p}-off${i}`, `Count Official ${i}`, { organizationId: organizations[i % 8]!, title: 'Head' }),
    );
  for (let e = 0; e < 60; e += 1) {
    const eventId = await createEvent(sql, {
      slug: `${p}-e${e}`,
      title: `Count event ${e}`,
      startsOn: `2022-01-${String(1 + (e % 28)).padStart(2, '0')}`,
      regionId: districts[e % 2]!,
    });
    for (let o = 0; o < 3; o += 1) await addOrganizer(sql, eventId, organizations[(e + o) % 8]!, o === 0 ? 'ORGANIZER' : 'CO_ORGANIZER', o);
    for (let q = 0; q < 5; q += 1)
      await addParticipant(sql, eventId, {
        officialId: officials[(e + q) % 12],
        organizationId: organizations[(e + q) % 8],
        position: q,
        role: q === 0 ? 'MODERATOR' : 'SPEAKER',
      });
    for (let r = 0; r < 2; r += 1)
      await createRecommendation(sql, `${p}-e${e}-r${r}`, eventId, `Recommendation ${r}`, {
        position: r,
        responsible: [organizations[(e + r) % 8]!],
      });
  }
});
afterAll(async () => {
  await server.stop();
  await resolvers.stop();
});

describe('SQL statements per request (no N+1)', () => {
  it('is one compiled statement, whether the page has 10 or 50 events', async () => {
    const small = await server.gql(FEED, { region: globalId('Region', regionId), first: 10 });
    const large = await server.gql(FEED, { region: globalId('Region', regionId), first: 50 });
    expect(dataOf(large).events.nodes).toHaveLength(50);
    expect(dataOf(small).events.nodes).toHaveLength(10);
    expect([small.sqlStatements, large.sqlStatements]).toEqual([1, 1]);
    expect(large.data).toEqual((await resolvers.gql(FEED, { region: globalId('Region', regionId), first: 50 })).data);
  });

  it('stays the same small number on the resolver path (the fallback), whether the page has 10 or 50 events', async () => {
    const small = await resolvers.gql(FEED, { region: globalId('Region', regionId), first: 10 });
    const large = await resolvers.gql(FEED, { region: globalId('Region', regionId), first: 50 });
    const smallData = dataOf(small);
    const largeData = dataOf(large);
    expect(smallData.events.nodes).toHaveLength(10);
    expect(largeData.events.nodes).toHaveLength(50);
    expect(largeData.events.totalCount).toBe(60);
    // The data is really there, so the count covers every level of the query.
    const first = largeData.events.nodes[0];
    expect(first.organizers).toHaveLength(3);
    expect(first.participants).toHaveLength(5);
    expect(first.participants[0].official.posts).toHaveLength(1);
    expect(first.recommendations.totalCount).toBe(2);
    expect(first.recommendations.nodes[0].responsibleOrganizations).toHaveLength(1);

    expect(Number.isInteger(small.sqlStatements)).toBe(true);
    process.stdout.write(`SQL statements per request: first=10 → ${small.sqlStatements}, first=50 → ${large.sqlStatements}\n`);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    // One statement per level of nesting, not per row: 50 events with 8 relations each would be hundreds.
    expect(large.sqlStatements).toBeLessThanOrEqual(16);
  });
});

describe("the API's database sessions", () => {
  it('plan for a working set in memory or on SSD, without JIT compilation (db/data-source.ts)', async () => {
    const [cost] = await server.sql<{ random_page_cost: string }>('SHOW random_page_cost');
    const [jit] = await server.sql<{ jit: string }>('SHOW jit');
    // PostgreSQL's defaults are 4 and on: the server's connection options set both.
    expect([cost?.random_page_cost, jit?.jit]).toEqual(['1.1', 'off']);
  });
});
