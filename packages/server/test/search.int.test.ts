import { createEvent, createOfficial, createOrganization, createRegion, uniquePrefix } from './fixtures';
import { dataOf, startTestServer, type TestServer } from './harness';

let server: TestServer;
let p: string;

beforeAll(async () => {
  server = await startTestServer();
  p = uniquePrefix('search');
  const regionId = await createRegion(server.sql, `${p}-region`, 'Search region');
  // "zhelsearch" is a made-up word so that only this file's rows match.
  await createEvent(server.sql, {
    slug: `${p}-title`,
    title: 'Zhelsearch zhelsearch week',
    summary: 'Zhelsearch everywhere',
    startsOn: '2021-01-01',
    regionId,
  });
  await createEvent(server.sql, {
    slug: `${p}-summary`,
    title: 'A quiet meeting',
    summary: 'Mentions zhelsearch once',
    startsOn: '2021-02-01',
    regionId,
  });
  await createOrganization(server.sql, `${p}-org`, 'Zhelsearch Foundation', { ru: 'Фонд Желсёрч' });
  await createOfficial(server.sql, `${p}-official`, 'Aigul Zhelsearch');
  await createEvent(server.sql, {
    slug: `${p}-ru`,
    title: 'Training',
    titleRu: 'Тренинги для полицейских по профилактике насилия',
    startsOn: '2021-03-01',
    regionId,
  });
});
afterAll(async () => {
  await server.stop();
});

const SEARCH = `query($q: String!, $types: [SearchType!], $first: Int, $after: String) {
  search(query: $q, types: $types, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { rank node { __typename ... on Event { slug } ... on Organization { slug } ... on Official { slug } ... on Recommendation { slug } } }
  }
}`;

describe('search', () => {
  it('finds events, organizations and officials, ranked by relevance', async () => {
    const { search } = dataOf(await server.gql(SEARCH, { q: 'zhelsearch' }));
    expect(search.totalCount).toBe(4);
    const slugs = search.edges.map((e: any) => e.node.slug);
    expect(slugs[0]).toBe(`${p}-title`);
    expect(slugs.indexOf(`${p}-title`)).toBeLessThan(slugs.indexOf(`${p}-summary`));
    expect(new Set(search.edges.map((e: any) => e.node.__typename))).toEqual(new Set(['Event', 'Organization', 'Official']));
    const ranks = search.edges.map((e: any) => e.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
  });

  it('narrows to some kinds of records', async () => {
    const { search } = dataOf(await server.gql(SEARCH, { q: 'zhelsearch', types: ['ORGANIZATION', 'OFFICIAL'] }));
    expect(search.edges.map((e: any) => e.node.slug).sort()).toEqual([`${p}-official`, `${p}-org`]);
  });

  it('pages through the hits', async () => {
    const first = dataOf(await server.gql(SEARCH, { q: 'zhelsearch', first: 3 })).search;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(await server.gql(SEARCH, { q: 'zhelsearch', first: 3, after: first.pageInfo.endCursor })).search;
    expect(second.pageInfo.hasNextPage).toBe(false);
    const all = [...first.edges, ...second.edges].map((e: any) => e.node.slug);
    expect(new Set(all).size).toBe(4);
  });

  it('pages backward: the last hits, then the ones before them, in ranking order, on both paths', async () => {
    const BACKWARD = `query($q: String!, $last: Int, $before: String) {
      search(query: $q, last: $last, before: $before) {
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { ... on Event { slug } ... on Organization { slug } ... on Official { slug } } }
      }
    }`;
    const resolvers = await startTestServer({ COMPILED_READS: 'false' });
    try {
      const forward = dataOf(await server.gql(SEARCH, { q: 'zhelsearch', first: 10 })).search;
      const ranking = forward.edges.map((e: any) => e.node.slug);
      expect(ranking).toHaveLength(4);
      const ask = async (variables: Record<string, unknown>) => {
        const compiled = await server.gql(BACKWARD, variables);
        expect(compiled.data).toEqual((await resolvers.gql(BACKWARD, variables)).data);
        return dataOf(compiled).search;
      };
      const last = await ask({ q: 'zhelsearch', last: 3 });
      expect(last.edges.map((e: any) => e.node.slug)).toEqual(ranking.slice(1));
      expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
      const before = await ask({ q: 'zhelsearch', last: 3, before: last.pageInfo.startCursor });
      expect(before.edges.map((e: any) => e.node.slug)).toEqual(ranking.slice(0, 1));
      expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      // A cursor stands for the same position whichever way it was reached.
      const firstTwo = dataOf(await server.gql(SEARCH, { q: 'zhelsearch', first: 2 })).search;
      expect(last.edges[0].cursor).toBe(firstTwo.pageInfo.endCursor);
      const both = await server.gql(BACKWARD.replace('last: $last', 'last: $last, first: 2'), { q: 'zhelsearch', last: 2 });
      expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'last' });
    } finally {
      await resolvers.stop();
    }
  });

  it('stems Russian words', async () => {
    const { search } = dataOf(await server.gql(SEARCH, { q: 'тренинг полицейского' }));
    expect(search.edges.map((e: any) => e.node.slug)).toContain(`${p}-ru`);
  });

  it('finds Kazakh words by their plain form', async () => {
    const { search } = dataOf(await server.gql(SEARCH, { q: 'прокуратурасы' }));
    expect(search.edges.map((e: any) => e.node.slug)).toContain('general-prosecutors-office');
  });

  it('finds the seeded conference and its recommendations', async () => {
    const conference = dataOf(await server.gql(SEARCH, { q: 'domestic violence prevention', types: ['EVENT'] })).search;
    expect(conference.edges[0].node.slug).toBe('astana-conference-prevention-of-domestic-violence-2017-12-08');
    const recommendations = dataOf(await server.gql(SEARCH, { q: 'human rights mechanisms', types: ['RECOMMENDATION'] })).search;
    expect(recommendations.edges[0].node.slug).toBe('astana-2017-enhance-human-rights-mechanisms');
  });

  it('rejects an empty query', async () => {
    const response = await server.gql(SEARCH, { q: '   ' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'query' });
  });
});
