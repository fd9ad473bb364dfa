import { createEvent, createRecommendation, createRegion, uniquePrefix } from './fixtures';
import { dataOf, globalId, startTestServer, type TestServer } from './harness';

// Follow-up tracking (issue 10, part 3): which recommendations are overdue, which changed status
// since a day, which belong to a region's events, ordered by their last status change, each with
// that change. Asked of the compiled path and of the resolvers, which must agree.

let compiled: TestServer;
let resolvers: TestServer;
let regionId: string;
let otherRegionId: string;
const slugs: Record<string, string> = {};

const today = new Date().toISOString().slice(0, 10);
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  compiled = await startTestServer();
  resolvers = await startTestServer({ COMPILED_READS: 'false' });
  const sql = compiled.sql;
  const p = uniquePrefix('tracking');
  regionId = await createRegion(sql, `${p}-oblast`, 'Tracking oblast');
  const district = await createRegion(sql, `${p}-district`, 'Tracking district', { kind: 'DISTRICT', parentId: regionId });
  otherRegionId = await createRegion(sql, `${p}-elsewhere`, 'Elsewhere oblast');
  const event = await createEvent(sql, { slug: `${p}-event`, title: 'Tracking event', startsOn: '2024-01-10', regionId: district });
  const elsewhere = await createEvent(sql, {
    slug: `${p}-elsewhere-event`,
    title: 'Elsewhere event',
    startsOn: '2024-01-10',
    regionId: otherRegionId,
  });
  const recommendations: Array<[name: string, eventId: string, status: string, dueOn: string | null]> = [
    ['late', event, 'IN_PROGRESS', daysFromToday(-30)], // overdue
    ['lateAdopted', event, 'ADOPTED', daysFromToday(-1)], // overdue
    ['done', event, 'IMPLEMENTED', daysFromToday(-30)], // past due but implemented: not overdue
    ['rejected', event, 'REJECTED', daysFromToday(-30)], // past due but rejected: not overdue
    ['dueToday', event, 'ADOPTED', today], // due today: not yet overdue
    ['undated', event, 'ADOPTED', null], // no due date: never overdue
    ['far', elsewhere, 'IN_PROGRESS', daysFromToday(-30)], // overdue, in another region
  ];
  for (const [position, [name, eventId, status, dueOn]] of recommendations.entries()) {
    slugs[name] = `${p}-${name}`;
    await createRecommendation(sql, slugs[name]!, eventId, `Recommendation ${name}`, { status, dueOn, position });
  }
  const change = async (name: string, from: string | null, to: string, changedOn: string) => {
    await sql(
      `INSERT INTO recommendation_status_changes (recommendation_id, from_status, to_status, changed_on, changed_by)
       SELECT id, $2, $3, $4::date, '{"en":"Tracking desk"}'::jsonb FROM recommendations WHERE slug = $1`,
      [slugs[name], from, to, changedOn],
    );
  };
  await change('late', 'ADOPTED', 'IN_PROGRESS', '2024-03-01');
  await change('done', 'ADOPTED', 'IN_PROGRESS', '2024-02-01');
  await change('done', 'IN_PROGRESS', 'IMPLEMENTED', '2024-06-15');
  await change('rejected', 'ADOPTED', 'REJECTED', '2023-12-01');
  await change('far', 'ADOPTED', 'IN_PROGRESS', '2024-09-01');
}, 60_000);

afterAll(async () => {
  await compiled.stop();
  await resolvers.stop();
});

const TRACKING = `query Tracking($filter: RecommendationFilter, $orderBy: RecommendationOrder) {
  recommendations(first: 20, filter: $filter, orderBy: $orderBy) {
    totalCount
    nodes { slug status lastStatusChange { fromStatus toStatus changedOn changedBy } }
  }
}`;

/** The slugs both paths answer, which must be the same answer. */
async function tracked(filter: Record<string, unknown>, orderBy?: Record<string, unknown>): Promise<string[]> {
  const variables = { filter: { region: globalId('Region', regionId), ...filter }, orderBy };
  const fast = await compiled.gql(TRACKING, variables);
  const reference = await resolvers.gql(TRACKING, variables);
  expect(fast.sqlStatements).toBe(1);
  expect(fast.data).toEqual(reference.data);
  const page = dataOf(fast).recommendations as { totalCount: number; nodes: Array<{ slug: string }> };
  expect(page.totalCount).toBe(page.nodes.length);
  const bySlug = Object.fromEntries(Object.entries(slugs).map(([name, slug]) => [slug, name]));
  return page.nodes.map((node) => bySlug[node.slug] as string);
}

describe('follow-up tracking of recommendations', () => {
  it("lists a region's recommendations, its districts' events included, and no other region's", async () => {
    expect((await tracked({})).sort()).toEqual(['done', 'dueToday', 'late', 'lateAdopted', 'rejected', 'undated']);
  });

  it('finds the overdue ones: due before today, neither implemented nor rejected', async () => {
    expect((await tracked({ overdue: true })).sort()).toEqual(['late', 'lateAdopted']);
    expect((await tracked({ overdue: false })).sort()).toEqual(['done', 'dueToday', 'rejected', 'undated']);
  });

  it('finds those whose status changed on or after a day', async () => {
    expect((await tracked({ statusChangedSince: '2024-03-01' })).sort()).toEqual(['done', 'late']);
    expect((await tracked({ statusChangedSince: '2024-03-02' })).sort()).toEqual(['done']);
  });

  it('orders them by their last status change, and shows that change', async () => {
    expect(await tracked({}, { field: 'STATUS_CHANGED_AT', direction: 'DESC' })).toEqual([
      'done',
      'late',
      'rejected',
      // Never changed: last in descending order, by id descending among themselves.
      'undated',
      'dueToday',
      'lateAdopted',
    ]);
    const answer = dataOf(
      await compiled.gql(TRACKING, { filter: { region: globalId('Region', regionId), statusChangedSince: '2024-06-01' } }),
    );
    expect(answer.recommendations.nodes[0].lastStatusChange).toEqual({
      fromStatus: 'IN_PROGRESS',
      toStatus: 'IMPLEMENTED',
      changedOn: '2024-06-15',
      changedBy: 'Tracking desk',
    });
  });

  it('combines the tracking filters with the others, and names a missing region as NOT_FOUND', async () => {
    expect((await tracked({ overdue: true, statuses: ['IN_PROGRESS'] })).sort()).toEqual(['late']);
    const missing = await compiled.gql(TRACKING, { filter: { region: globalId('Region', '987654321') } });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'filter.region' });
  });
});
