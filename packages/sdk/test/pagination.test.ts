import { createClient } from '../src';
import { FIXTURE_EVENT_COUNT } from './global-setup';
import { serverUrl } from './server';

describe('paginate', () => {
  const qorgau = createClient({ url: serverUrl() });

  async function fixtureRegion(): Promise<string> {
    const { region } = await qorgau.region({ slug: 'sdk-fixture-region' });
    return region!.id;
  }

  it('walks every event of a filter exactly once, page after page', async () => {
    const region = await fixtureRegion();
    const slugs: string[] = [];
    const requests: string[] = [];
    const counting = createClient({
      url: serverUrl(),
      fetch: (input, init) => {
        requests.push(String(init?.body));
        return fetch(input, init);
      },
    });
    for await (const event of counting.paginate.events({ first: 7, filter: { region } })) slugs.push(event.slug);
    expect(slugs).toHaveLength(FIXTURE_EVENT_COUNT);
    expect(new Set(slugs).size).toBe(FIXTURE_EVENT_COUNT);
    expect(slugs.sort()).toEqual(Array.from({ length: FIXTURE_EVENT_COUNT }, (_, i) => `sdk-fixture-${i}`).sort());
    expect(requests).toHaveLength(Math.ceil(FIXTURE_EVENT_COUNT / 7));
  });

  it('walks every event of the registry', async () => {
    // Other test files create events meanwhile: the walk sees at least those there before it and
    // at most those there after it, each once.
    const before = (await qorgau.events({ first: 0 })).events.totalCount;
    const ids: string[] = [];
    for await (const event of qorgau.paginate.events({ first: 100 })) ids.push(event.id);
    const after = (await qorgau.events({ first: 0 })).events.totalCount;
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(before);
    expect(ids.length).toBeLessThanOrEqual(after);
  });

  it('yields edges for search, with their rank', async () => {
    const hits = [];
    for await (const edge of qorgau.paginate.search({ query: 'fixture training', first: 4 })) hits.push(edge);
    expect(hits).toHaveLength(FIXTURE_EVENT_COUNT);
    expect(typeof hits[0]!.rank).toBe('number');
  });

  it('can stop early', async () => {
    const taken: string[] = [];
    for await (const event of qorgau.paginate.events({ first: 5 })) {
      taken.push(event.slug);
      if (taken.length === 3) break;
    }
    expect(taken).toHaveLength(3);
  });

  it('stops when the cursor stops advancing instead of looping', async () => {
    let calls = 0;
    const stuck = createClient({
      url: serverUrl(),
      // A misbehaving server: every page says there is a next page, with the same cursor.
      fetch: async () => {
        calls += 1;
        return new Response(
          JSON.stringify({
            data: {
              events: {
                totalCount: 99,
                pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: 'c', endCursor: 'c' },
                nodes: [{ slug: `n${calls}` }],
              },
            },
          }),
          {
            headers: { 'content-type': 'application/json' },
          },
        );
      },
    });
    const seen = [];
    for await (const event of stuck.paginate.events()) seen.push(event.slug);
    expect(seen).toEqual(['n1', 'n2']);
    expect(calls).toBe(2);
  });
});
