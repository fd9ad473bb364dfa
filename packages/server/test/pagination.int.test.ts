import { createEvent, createRegion, uniquePrefix } from './fixtures';
import { dataOf, globalId, startTestServer, type TestServer } from './harness';

let server: TestServer;
let prefix: string;
let regionId: string;

const PAGE = `query Page($region: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  events(first: $first, after: $after, last: $last, before: $before, filter: { region: $region }, orderBy: { field: STARTS_ON, direction: ASC }) {
    totalCount
    edges { cursor node { slug startsOn } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

beforeAll(async () => {
  server = await startTestServer();
  prefix = uniquePrefix('paging');
  regionId = await createRegion(server.sql, `${prefix}-region`, 'Paging region');
  // 25 events, two per day so that the id tie-breaker matters.
  for (let i = 0; i < 25; i += 1) {
    const day = String(1 + Math.floor(i / 2)).padStart(2, '0');
    await createEvent(server.sql, {
      slug: `${prefix}-e${String(i).padStart(2, '0')}`,
      title: `Paging event ${i}`,
      startsOn: `2020-03-${day}`,
      regionId,
    });
  }
});
afterAll(async () => {
  await server.stop();
});

async function page(variables: Record<string, unknown>) {
  return dataOf(await server.gql(PAGE, { region: globalId('Region', regionId), ...variables })).events;
}

describe('connections', () => {
  it('defaults to 20 items and counts the whole list', async () => {
    const events = await page({});
    expect(events.edges).toHaveLength(20);
    expect(events.totalCount).toBe(25);
    expect(events.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('walks forward through every item exactly once, in order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const events: any = await page({ first: 7, after });
      seen.push(...events.edges.map((e: any) => e.node.slug));
      if (!events.pageInfo.hasNextPage) break;
      after = events.pageInfo.endCursor;
    }
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `${prefix}-e${String(i).padStart(2, '0')}`));
  });

  it('walks backward with last/before and returns pages in list order', async () => {
    const seen: string[] = [];
    let before: string | null = null;
    for (;;) {
      const events: any = await page({ last: 10, before });
      seen.unshift(...events.edges.map((e: any) => e.node.slug));
      if (!events.pageInfo.hasPreviousPage) break;
      before = events.pageInfo.startCursor;
    }
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `${prefix}-e${String(i).padStart(2, '0')}`));
  });

  it('keeps its place when rows are inserted before the cursor between pages', async () => {
    const first = await page({ first: 5 });
    const lastSeen = first.edges[4].node.slug;
    // An event earlier than everything on the first page: an offset cursor would now repeat a row.
    await createEvent(server.sql, { slug: `${prefix}-early`, title: 'Inserted early', startsOn: '2020-01-01', regionId });
    const second = await page({ first: 5, after: first.pageInfo.endCursor });
    const secondSlugs = second.edges.map((e: any) => e.node.slug);
    expect(secondSlugs).not.toContain(lastSeen);
    expect(secondSlugs[0]).toBe(`${prefix}-e05`);
    expect(second.totalCount).toBe(26);
    await server.sql('DELETE FROM events WHERE slug = $1', [`${prefix}-early`]);
  });

  it('rejects page sizes above 100 and negative ones, naming the argument', async () => {
    const tooMany = await server.gql(PAGE, { region: globalId('Region', regionId), first: 101 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    const negative = await server.gql(PAGE, { region: globalId('Region', regionId), last: -1 });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'last' });
  });

  it('rejects first together with last', async () => {
    const both = await server.gql(PAGE, { region: globalId('Region', regionId), first: 2, last: 2 });
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('accepts 100 and 0 as page sizes', async () => {
    expect((await page({ first: 100 })).edges).toHaveLength(25);
    const empty = await page({ first: 0 });
    expect(empty.edges).toEqual([]);
    expect(empty.totalCount).toBe(25);
  });
});
