import { createEvent, createRegion, uniquePrefix } from './fixtures';
import { dataOf, globalId, startTestServer, type TestServer } from './harness';

// "In this region or below" reads region_ancestors, which a trigger keeps from regions.parent_id.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

async function eventSlugsIn(regionId: string): Promise<string[]> {
  const data = dataOf(
    await server.gql(`query($region: ID!) { events(first: 50, filter: { region: $region }) { nodes { slug } } }`, {
      region: globalId('Region', regionId),
    }),
  );
  return (data.events.nodes as Array<{ slug: string }>).map((node) => node.slug).sort();
}

describe('regions below a region', () => {
  it('follow a subtree that is moved to another parent, at every depth', async () => {
    const p = uniquePrefix('tree');
    const sql = server.sql;
    const west = await createRegion(sql, `${p}-west`, 'West');
    const east = await createRegion(sql, `${p}-east`, 'East');
    const district = await createRegion(sql, `${p}-district`, 'District', { kind: 'DISTRICT', parentId: west });
    const town = await createRegion(sql, `${p}-town`, 'Town', { kind: 'CITY', parentId: district });
    for (const [slug, regionId] of [
      [`${p}-in-district`, district],
      [`${p}-in-town`, town],
      [`${p}-in-east`, east],
    ] as const) {
      await createEvent(sql, { slug, title: slug, startsOn: '2018-01-01', regionId });
    }
    expect(await eventSlugsIn(west)).toEqual([`${p}-in-district`, `${p}-in-town`]);

    const { key } = await server.key('ADMIN');
    const moved = await server.as(
      key,
      `mutation($input: UpdateRegionInput!) { updateRegion(input: $input) { region { parent { slug } } userErrors { message } } }`,
      { input: { id: globalId('Region', district), version: 1, parent: globalId('Region', east) } },
    );
    expect(dataOf(moved).updateRegion).toEqual({ region: { parent: { slug: `${p}-east` } }, userErrors: [] });

    expect(await eventSlugsIn(west)).toEqual([]);
    expect(await eventSlugsIn(east)).toEqual([`${p}-in-district`, `${p}-in-east`, `${p}-in-town`]);
    // The closure holds exactly the paths of the tree as it now stands.
    const paths = await sql<{ ancestor: string; region: string; depth: number }>(
      `SELECT a.slug AS ancestor, r.slug AS region, x.depth
         FROM region_ancestors x JOIN regions a ON a.id = x.ancestor_id JOIN regions r ON r.id = x.region_id
        WHERE r.slug LIKE $1 ORDER BY x.depth, a.slug, r.slug`,
      [`${p}-%`],
    );
    expect(paths.map((path) => `${path.ancestor} > ${path.region} (${path.depth})`)).toEqual([
      `${p}-district > ${p}-district (0)`,
      `${p}-east > ${p}-east (0)`,
      `${p}-town > ${p}-town (0)`,
      `${p}-west > ${p}-west (0)`,
      `${p}-district > ${p}-town (1)`,
      `${p}-east > ${p}-district (1)`,
      `${p}-east > ${p}-town (2)`,
    ]);
  });
});
