import { createEvent, createRecommendation, createRegion, uniquePrefix } from './fixtures';
import { dataOf, globalId, startTestServer, type TestServer } from './harness';

let server: TestServer;
let p: string;
let pilotId: string;
const districts: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  p = uniquePrefix('dashboard');
  const sql = server.sql;
  const oblast = await createRegion(sql, `${p}-oblast`, 'Dashboard oblast');
  districts.push(await createRegion(sql, `${p}-d1`, 'Dashboard district 1', { kind: 'DISTRICT', parentId: oblast }));
  districts.push(await createRegion(sql, `${p}-d2`, 'Dashboard district 2', { kind: 'DISTRICT', parentId: oblast }));
  const [programme] = await sql<{ id: string }>(
    `INSERT INTO programmes (slug, name) VALUES ($1, '{"en":"Dashboard programme"}') RETURNING id::text`,
    [`${p}-programme`],
  );
  const [pilot] = await sql<{ id: string }>(
    `INSERT INTO pilot_regions (slug, name, programme_id, region_id, started_on, status) VALUES ($1, '{"en":"Dashboard pilot"}', $2, $3, '2020-01-01', 'ACTIVE') RETURNING id::text`,
    [`${p}-pilot`, programme!.id, oblast],
  );
  pilotId = pilot!.id;
  const value = (region: string, indicator: string, amount: number, start: string, end: string, qualifier = 'EXACT') =>
    sql(
      `INSERT INTO indicator_values (pilot_region_id, region_id, indicator, kind, value, qualifier, period_start, period_end) VALUES ($1, $2, $3, 'ACTUAL', $4, $5, $6, $7)`,
      [pilotId, region, indicator, amount, qualifier, start, end],
    );
  await value(districts[0]!, 'EVENTS_HELD', 10, '2020-01-01', '2020-03-31');
  await value(districts[0]!, 'EVENTS_HELD', 15, '2020-04-01', '2020-06-30');
  await value(districts[0]!, 'EVENTS_HELD', 99, '2021-01-01', '2021-03-31');
  await value(districts[0]!, 'CITIZENS_HELPED', 100, '2020-01-01', '2020-03-31', 'MORE_THAN');
  await value(districts[1]!, 'EVENTS_HELD', 7, '2020-01-01', '2020-03-31');
  const e1 = await createEvent(sql, { slug: `${p}-e1`, title: 'Dashboard event 1', startsOn: '2020-02-01', regionId: districts[0]! });
  const e2 = await createEvent(sql, { slug: `${p}-e2`, title: 'Dashboard event 2', startsOn: '2020-03-01', regionId: districts[1]! });
  await createRecommendation(sql, `${p}-r1`, e1, 'One', { status: 'ADOPTED' });
  await createRecommendation(sql, `${p}-r2`, e1, 'Two', { status: 'IMPLEMENTED', position: 1 });
  await createRecommendation(sql, `${p}-r3`, e2, 'Three', { status: 'ADOPTED' });
});
afterAll(async () => {
  await server.stop();
});

describe('the pilot dashboard', () => {
  it('totals each indicator per covered district over a period, saying whether the total is exact', async () => {
    const { pilotRegion } = dataOf(
      await server.gql(
        `query($id: ID!) {
      pilotRegion(id: $id) {
        indicatorTotals(filter: { period: { from: "2020-01-01", to: "2020-12-31" } }) { region { slug } indicator kind total valueCount exact }
      }
    }`,
        { id: globalId('PilotRegion', pilotId) },
      ),
    );
    expect(pilotRegion.indicatorTotals).toEqual([
      { region: { slug: `${p}-d1` }, indicator: 'CITIZENS_HELPED', kind: 'ACTUAL', total: 100, valueCount: 1, exact: false },
      { region: { slug: `${p}-d1` }, indicator: 'EVENTS_HELD', kind: 'ACTUAL', total: 25, valueCount: 2, exact: true },
      { region: { slug: `${p}-d2` }, indicator: 'EVENTS_HELD', kind: 'ACTUAL', total: 7, valueCount: 1, exact: true },
    ]);
  });

  it('narrows the totals to some indicators', async () => {
    const { pilotRegion } = dataOf(
      await server.gql(
        `query($id: ID!) {
      pilotRegion(id: $id) { indicatorTotals(filter: { indicators: [EVENTS_HELD] }) { region { slug } total } }
    }`,
        { id: globalId('PilotRegion', pilotId) },
      ),
    );
    expect(pilotRegion.indicatorTotals).toEqual([
      { region: { slug: `${p}-d1` }, total: 124 },
      { region: { slug: `${p}-d2` }, total: 7 },
    ]);
  });

  it('counts the recommendations of events in the pilot region by status', async () => {
    const { pilotRegion } = dataOf(
      await server.gql(`query($id: ID!) { pilotRegion(id: $id) { recommendationCounts { status count } } }`, {
        id: globalId('PilotRegion', pilotId),
      }),
    );
    expect(pilotRegion.recommendationCounts).toEqual([
      { status: 'ADOPTED', count: 2 },
      { status: 'IMPLEMENTED', count: 1 },
    ]);
  });

  it('gives the seeded pilot its figures as totals', async () => {
    const { pilotRegion } = dataOf(
      await server.gql(`{
      pilotRegion(slug: "kazakhstan-without-domestic-violence-south-kazakhstan") { indicatorTotals { indicator total exact } recommendationCounts { status count } }
    }`),
    );
    expect(pilotRegion.indicatorTotals).toEqual([
      { indicator: 'CITIZENS_HELPED', total: 7000, exact: false },
      { indicator: 'EVENTS_HELD', total: 3000, exact: false },
      { indicator: 'PEOPLE_REACHED', total: 1000000, exact: false },
    ]);
    // The conference was in Astana, not in the pilot region.
    expect(pilotRegion.recommendationCounts).toEqual([]);
  });
});
