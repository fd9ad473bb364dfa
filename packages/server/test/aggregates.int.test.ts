import { createBenchDatabase } from './databases';
import { createEvent, createRegion } from './fixtures';
import { globalId, startTestServer, type GraphQLResponse, type TestServer } from './harness';

// The aggregates of issue 10, part 1 — eventStats, recommendationStats, indicatorTotals and
// followSuccessions — proven against totals computed here, in JavaScript, from the rows themselves:
// the bench's generated data set (1%), with a region that succeeded another added. Every question is
// asked of the compiled path and of the resolvers, which must give the same answer.

let database: Awaited<ReturnType<typeof createBenchDatabase>>;
let compiled: TestServer;
let resolvers: TestServer;

interface RegionRow {
  id: string;
  parentId: string | null;
  name: string;
}
interface EventRow {
  id: string;
  regionId: string | null;
  kind: string;
  status: string;
  startsOn: string | null;
  endsOn: string | null;
}
interface RecommendationRow {
  id: string;
  eventId: string;
  status: string;
  theme: string;
  dueOn: string | null;
}
interface ValueRow {
  pilotRegionId: string;
  regionId: string;
  indicator: string;
  kind: string;
  value: number;
  qualifier: string;
  periodStart: string;
  periodEnd: string;
}

const world = {
  regions: new Map<string, RegionRow>(),
  events: [] as EventRow[],
  recommendations: [] as RecommendationRow[],
  responsible: new Map<string, string[]>(),
  values: [] as ValueRow[],
  successions: [] as Array<{ predecessorId: string; successorId: string }>,
};
let predecessorId: string;
let successorId: string;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  database = await createBenchDatabase(0.01);
  compiled = await startTestServer({ DATABASE_URL: database.url });
  resolvers = await startTestServer({ DATABASE_URL: database.url, COMPILED_READS: 'false' });
  const sql = compiled.sql;
  // A top-level region that became a new one in 2022 (renamed), which has events of its own since.
  const [topLevel] = await sql<{ id: string }>(
    `SELECT id::text FROM regions WHERE parent_id = (SELECT id FROM regions WHERE parent_id IS NULL) ORDER BY id LIMIT 1`,
  );
  predecessorId = topLevel!.id;
  const [country] = await sql<{ id: string }>(`SELECT id::text FROM regions WHERE parent_id IS NULL`);
  successorId = await createRegion(sql, 'renamed-region', 'Renamed region', { parentId: country!.id });
  const successorDistrict = await createRegion(sql, 'renamed-region-district', 'A district of the renamed region', {
    kind: 'DISTRICT',
    parentId: successorId,
  });
  await sql(`INSERT INTO region_successions (predecessor_id, successor_id, effective_on) VALUES ($1, $2, '2022-01-01')`, [
    predecessorId,
    successorId,
  ]);
  await createEvent(sql, { slug: 'renamed-1', title: 'In the renamed region', startsOn: '2024-03-05', regionId: successorId });
  await createEvent(sql, {
    slug: 'renamed-2',
    title: 'In its district',
    startsOn: '2024-03-20',
    regionId: successorDistrict,
    kind: 'OUTREACH',
  });
  await createEvent(sql, { slug: 'national', title: 'At national level', startsOn: '2024-07-01', regionId: country!.id });
  // Figures qualified in every way a sum must carry.
  const qualify = (qualifier: string, offset: number, count: number) =>
    sql(
      `UPDATE indicator_values SET qualifier = $2 WHERE id IN (SELECT v.id FROM indicator_values v
         JOIN region_ancestors a ON a.region_id = v.region_id AND a.ancestor_id = $1 ORDER BY v.id OFFSET $3 LIMIT $4)`,
      [predecessorId, qualifier, offset, count],
    );
  await qualify('MORE_THAN', 0, 3);
  await qualify('AT_MOST', 40, 2);
  await sql(
    `INSERT INTO indicator_values (pilot_region_id, region_id, indicator, kind, value, qualifier, period_start, period_end)
     SELECT pilot_region_id, region_id, indicator, 'TARGET', value * 2, 'EXACT', period_start, period_end
     FROM indicator_values WHERE period_start >= '2024-01-01' AND period_end <= '2024-12-31'`,
  );

  for (const row of await sql<RegionRow>(`SELECT id::text, parent_id::text AS "parentId", name->>'en' AS name FROM regions`)) {
    world.regions.set(row.id, row);
  }
  world.events = await sql<EventRow>(
    `SELECT id::text, region_id::text AS "regionId", kind, status, starts_on::text AS "startsOn", ends_on::text AS "endsOn" FROM events`,
  );
  world.recommendations = await sql<RecommendationRow>(
    `SELECT id::text, event_id::text AS "eventId", status, theme, due_on::text AS "dueOn" FROM recommendations`,
  );
  for (const row of await sql<{ recommendationId: string; organizationId: string }>(
    `SELECT recommendation_id::text AS "recommendationId", organization_id::text AS "organizationId" FROM recommendation_responsible_organizations`,
  )) {
    world.responsible.set(row.recommendationId, [...(world.responsible.get(row.recommendationId) ?? []), row.organizationId]);
  }
  world.values = await sql<ValueRow>(
    `SELECT pilot_region_id::text AS "pilotRegionId", region_id::text AS "regionId", indicator, kind, value::float8 AS value, qualifier,
       period_start::text AS "periodStart", period_end::text AS "periodEnd" FROM indicator_values`,
  );
  world.successions = await sql(
    `SELECT predecessor_id::text AS "predecessorId", successor_id::text AS "successorId" FROM region_successions`,
  );
}, 180_000);

afterAll(async () => {
  await compiled?.stop();
  await resolvers?.stop();
  await database?.drop();
});

/** Asks both paths; they must agree, and the compiled one answers in one statement. */
async function ask(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
  const [fromCompiled, fromResolvers] = await Promise.all([compiled.gql(query, variables), resolvers.gql(query, variables)]);
  const withoutRequestIds = (response: GraphQLResponse) => ({
    data: response.data,
    errors: response.errors?.map(({ extensions, ...error }) => ({ ...error, extensions: { ...extensions, requestId: undefined } })),
  });
  expect(withoutRequestIds(fromCompiled)).toEqual(withoutRequestIds(fromResolvers));
  if (!fromCompiled.errors) expect(fromCompiled.sqlStatements).toBe(1);
  return fromCompiled;
}

// ---- the expected answers, computed from the rows ----

const children = () => {
  const map = new Map<string, string[]>();
  for (const region of world.regions.values()) {
    if (region.parentId) map.set(region.parentId, [...(map.get(region.parentId) ?? []), region.id]);
  }
  return map;
};

function subtree(id: string): Set<string> {
  const below = children();
  const found = new Set([id]);
  for (const region of found) for (const child of below.get(region) ?? []) found.add(child);
  return found;
}

/** The region with everything below it, and every predecessor and successor of any of them, until nothing is added. */
function territory(id: string): Set<string> {
  const found = new Set([id]);
  for (const region of found) {
    for (const below of subtree(region)) found.add(below);
    for (const s of world.successions) {
      if (s.predecessorId === region) found.add(s.successorId);
      if (s.successorId === region) found.add(s.predecessorId);
    }
  }
  return found;
}

/** The region a REGION bucket counts `regionId` under, below `parents`. */
function bucketRegion(regionId: string | null, parents: Set<string>): string | null {
  if (regionId === null) return null;
  if (parents.has(regionId)) return regionId;
  let current = world.regions.get(regionId);
  while (current && current.parentId !== null) {
    if (parents.has(current.parentId)) return current.id;
    current = world.regions.get(current.parentId);
  }
  return null;
}

const roots = () => new Set([...world.regions.values()].filter((r) => r.parentId === null).map((r) => r.id));

function monthOf(day: string | null): { start: string; end: string } | null {
  if (day === null) return null;
  const [year, month] = day.split('-').map(Number) as [number, number];
  const end = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return { start: `${day.slice(0, 7)}-01`, end };
}

/** Counts rows per key; returns `{ key fields…, count }` objects. */
function countBy<T>(rows: readonly T[], keyOf: (row: T) => Record<string, unknown>): Array<Record<string, unknown>> {
  const counts = new Map<string, Record<string, unknown>>();
  for (const row of rows) {
    const key = keyOf(row);
    const text = JSON.stringify(key);
    const known = counts.get(text) ?? { ...key, count: 0 };
    known.count = (known.count as number) + 1;
    counts.set(text, known);
  }
  return [...counts.values()];
}

const sorted = (buckets: Array<Record<string, unknown>>) => [...buckets].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

const regionIdOf = (bucket: { region: { id: string } | null }) =>
  bucket.region === null ? null : Buffer.from(bucket.region.id, 'base64url').toString().split(':')[1]!;

describe('eventStats', () => {
  it('counts events per top-level region and month over a year, as a dashboard asks', async () => {
    const response = await ask(
      `query ($from: Date!, $to: Date!) {
        eventStats(filter: { dateRange: { from: $from, to: $to } }, groupBy: [REGION, MONTH]) {
          region { id name } period { start end } count groupedBy kind
        }
      }`,
      { from: '2024-01-01', to: '2024-12-31' },
    );
    const buckets = response.data!.eventStats as Array<{ region: { id: string; name: string } | null; period: unknown; count: number }>;
    const inYear = world.events.filter(
      (e) => e.startsOn !== null && (e.endsOn ?? e.startsOn) >= '2024-01-01' && e.startsOn <= '2024-12-31',
    );
    const expected = countBy(inYear, (e) => ({ region: bucketRegion(e.regionId, roots()), period: monthOf(e.startsOn) }));
    expect(sorted(buckets.map((b) => ({ region: regionIdOf(b), period: b.period, count: b.count })))).toEqual(sorted(expected));
    expect(buckets.every((b) => JSON.stringify((b as any).groupedBy) === '["REGION","MONTH"]' && (b as any).kind === null)).toBe(true);
    // The country itself is a bucket for events at national level; buckets come region by region, each month in turn.
    expect(buckets.some((b) => b.region?.name === 'Kazakhstan')).toBe(true);
    const runs = buckets.map((b) => b.region?.id ?? null).filter((id, index, ids) => index === 0 || ids[index - 1] !== id);
    expect(new Set(runs).size).toBe(runs.length);
    for (const [index, bucket] of buckets.entries()) {
      const previous = buckets[index - 1];
      if (previous?.region?.id === bucket.region?.id) expect((previous!.period as any).start < (bucket.period as any).start).toBe(true);
    }
    expect(inYear.length).toBeGreaterThan(50);
  });

  it('adds subtotals down to the grand total when asked, each telling what it splits by', async () => {
    const response = await ask(`{ eventStats(groupBy: [KIND, STATUS], subtotals: true) { kind status count groupedBy } }`);
    const buckets = response.data!.eventStats as Array<{ kind: string | null; status: string | null; count: number; groupedBy: string[] }>;
    const expected = [
      ...countBy(world.events, (e) => ({ kind: e.kind, status: e.status, groupedBy: ['KIND', 'STATUS'] })),
      ...countBy(world.events, (e) => ({ kind: e.kind, status: null, groupedBy: ['KIND'] })),
      ...countBy(world.events, (e) => ({ kind: null, status: e.status, groupedBy: ['STATUS'] })),
      { kind: null, status: null, groupedBy: [], count: world.events.length },
    ];
    expect(sorted(buckets)).toEqual(sorted(expected));
    // Along KIND: each kind's rows, then its subtotal; the grand total last.
    expect(buckets.at(-1)).toEqual({ kind: null, status: null, count: world.events.length, groupedBy: [] });
  });

  it('splits a region into the regions just below it, and follows its successions when asked', async () => {
    const query = `query ($region: ID!, $follow: Boolean) {
      eventStats(filter: { region: $region, followSuccessions: $follow }, groupBy: [REGION]) { region { id } count }
    }`;
    const region = globalId('Region', predecessorId);
    const plain = (await ask(query, { region })).data!.eventStats as Array<{ region: { id: string }; count: number }>;
    const inSubtree = subtree(predecessorId);
    expect(sorted(plain.map((b) => ({ region: regionIdOf(b), count: b.count })))).toEqual(
      sorted(
        countBy(
          world.events.filter((e) => e.regionId !== null && inSubtree.has(e.regionId)),
          (e) => ({ region: bucketRegion(e.regionId, new Set([predecessorId])) }),
        ),
      ),
    );

    const followed = (await ask(query, { region, follow: true })).data!.eventStats as Array<{ region: { id: string }; count: number }>;
    const inTerritory = territory(predecessorId);
    expect(inTerritory.has(successorId)).toBe(true);
    const tops = new Set([predecessorId, successorId]);
    const expected = countBy(
      world.events.filter((e) => e.regionId !== null && inTerritory.has(e.regionId)),
      (e) => ({ region: bucketRegion(e.regionId, tops) }),
    );
    expect(sorted(followed.map((b) => ({ region: regionIdOf(b), count: b.count })))).toEqual(sorted(expected));
    // The successor's own events count under it; its district's under the district.
    expect(followed.find((b) => regionIdOf(b) === successorId)?.count).toBe(1);
    // Asked from the successor's side, the territory is the same.
    const fromSuccessor = (
      await ask(`{ eventStats(filter: { region: "${globalId('Region', successorId)}", followSuccessions: true }, groupBy: []) { count } }`)
    ).data!.eventStats;
    expect(fromSuccessor).toEqual([{ count: expected.reduce((sum, b) => sum + (b.count as number), 0) }]);
  });

  it('counts each event once when the regions named lie one below another', async () => {
    const district = [...world.regions.values()].find((r) => r.parentId === predecessorId)!;
    const response = await ask(
      `query ($regions: [ID!]) { eventStats(filter: { regions: $regions }, groupBy: [REGION], subtotals: true) { count groupedBy region { id } } }`,
      { regions: [globalId('Region', predecessorId), globalId('Region', district.id)] },
    );
    const buckets = response.data!.eventStats as Array<{ count: number; groupedBy: string[] }>;
    const inSubtree = subtree(predecessorId);
    const expected = world.events.filter((e) => e.regionId !== null && inSubtree.has(e.regionId)).length;
    expect(buckets.at(-1)).toMatchObject({ count: expected, groupedBy: [] });
    expect(buckets.filter((b) => b.groupedBy.length === 1).reduce((sum, b) => sum + b.count, 0)).toBe(expected);
  });

  it('answers with one bucket, the total, for no dimensions; also when nothing matches', async () => {
    expect((await ask(`{ eventStats(groupBy: []) { count groupedBy region { id } period { start } } }`)).data!.eventStats).toEqual([
      { count: world.events.length, groupedBy: [], region: null, period: null },
    ]);
    expect((await ask(`{ eventStats(filter: { dateRange: { to: "1900-01-01" } }, groupBy: []) { count } }`)).data!.eventStats).toEqual([
      { count: 0 },
    ]);
    expect((await ask(`{ eventStats(filter: { dateRange: { to: "1900-01-01" } }, groupBy: [KIND]) { count } }`)).data!.eventStats).toEqual(
      [],
    );
  });

  it('counts quarters and years by the day events start', async () => {
    const response = await ask(`{ eventStats(groupBy: [YEAR]) { period { start end } count } }`);
    const expected = countBy(world.events, (e) => ({
      period: e.startsOn === null ? null : { start: `${e.startsOn.slice(0, 4)}-01-01`, end: `${e.startsOn.slice(0, 4)}-12-31` },
    }));
    expect(sorted(response.data!.eventStats)).toEqual(sorted(expected));
    const overlapping = world.events.filter(
      (e) => e.startsOn !== null && (e.endsOn ?? e.startsOn) >= '2023-01-01' && e.startsOn <= '2023-12-31',
    );
    const quarterOf = (day: string) => {
      const month = Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1;
      const start = `${day.slice(0, 4)}-${String(month).padStart(2, '0')}-01`;
      return { start, end: monthOf(`${day.slice(0, 4)}-${String(month + 2).padStart(2, '0')}-01`)!.end };
    };
    const quarters = await ask(
      `{ eventStats(filter: { dateRange: { from: "2023-01-01", to: "2023-12-31" } }, groupBy: [QUARTER]) { period { start end } count } }`,
    );
    const expectedQuarters = countBy(overlapping, (e) => ({ period: quarterOf(e.startsOn!) }));
    expect(quarters.data!.eventStats).toEqual(
      [...expectedQuarters].sort((a, b) => ((a.period as any).start < (b.period as any).start ? -1 : 1)),
    );
  });
});

describe('recommendationStats', () => {
  const isOverdue = (r: RecommendationRow) => r.dueOn !== null && r.dueOn < today && r.status !== 'IMPLEMENTED' && r.status !== 'REJECTED';

  it('counts recommendations per status with how many are overdue', async () => {
    const response = await ask(`{ recommendationStats(groupBy: [STATUS]) { status count overdue } }`);
    const expected = [...new Set(world.recommendations.map((r) => r.status))].map((status) => {
      const rows = world.recommendations.filter((r) => r.status === status);
      return { status, count: rows.length, overdue: rows.filter(isOverdue).length };
    });
    expect(sorted(response.data!.recommendationStats)).toEqual(sorted(expected));
    expect(expected.some((b) => b.overdue > 0)).toBe(true);
    const order = ['PROPOSED', 'ADOPTED', 'IN_PROGRESS', 'IMPLEMENTED', 'REJECTED'];
    const statuses = (response.data!.recommendationStats as Array<{ status: string }>).map((b) => b.status);
    expect(statuses).toEqual([...statuses].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it('counts a recommendation once per responsible organization, and once in a total', async () => {
    const response = await ask(
      `{ recommendationStats(groupBy: [RESPONSIBLE_ORGANIZATION], subtotals: true) { responsibleOrganization { id } count groupedBy } }`,
    );
    const buckets = response.data!.recommendationStats as Array<{
      responsibleOrganization: { id: string } | null;
      count: number;
      groupedBy: string[];
    }>;
    const perOrganization = new Map<string | null, number>();
    for (const r of world.recommendations) {
      for (const organization of world.responsible.get(r.id) ?? [null]) {
        perOrganization.set(organization, (perOrganization.get(organization) ?? 0) + 1);
      }
    }
    const expected = [
      ...[...perOrganization].map(([organization, count]) => ({
        organization: organization === null ? null : globalId('Organization', organization),
        count,
        groupedBy: ['RESPONSIBLE_ORGANIZATION'],
      })),
      { organization: null, count: world.recommendations.length, groupedBy: [] },
    ];
    expect(
      sorted(buckets.map((b) => ({ organization: b.responsibleOrganization?.id ?? null, count: b.count, groupedBy: b.groupedBy }))),
    ).toEqual(sorted(expected));
  });

  it('narrows by the tracking filters and splits by event and theme', async () => {
    const response = await ask(
      `{ recommendationStats(filter: { overdue: true }, groupBy: [EVENT, THEME]) { event { id } theme count overdue } }`,
    );
    const overdue = world.recommendations.filter(isOverdue);
    const expected = countBy(overdue, (r) => ({ event: globalId('Event', r.eventId), theme: r.theme })).map((b) => ({
      ...b,
      overdue: b.count,
    }));
    expect(sorted((response.data!.recommendationStats as any[]).map((b) => ({ ...b, event: b.event.id })))).toEqual(sorted(expected));
  });
});

describe('indicatorTotals', () => {
  type Bucket = Record<string, unknown>;
  const qualifierOf = (qualifiers: string[]) => {
    const has = (...q: string[]) => qualifiers.some((x) => q.includes(x));
    if (!has('MORE_THAN', 'AT_LEAST', 'LESS_THAN', 'AT_MOST', 'APPROXIMATELY')) return 'EXACT';
    if (has('APPROXIMATELY') || (has('MORE_THAN', 'AT_LEAST') && has('LESS_THAN', 'AT_MOST'))) return 'APPROXIMATELY';
    if (has('MORE_THAN')) return 'MORE_THAN';
    if (has('AT_LEAST')) return 'AT_LEAST';
    if (has('LESS_THAN')) return 'LESS_THAN';
    return 'AT_MOST';
  };
  const sum = (values: ValueRow[], keyOf: (v: ValueRow) => Bucket): Bucket[] => {
    const buckets = new Map<string, { key: Bucket; values: ValueRow[] }>();
    for (const value of values) {
      const key = keyOf(value);
      const text = JSON.stringify(key);
      buckets.set(text, { key, values: [...(buckets.get(text)?.values ?? []), value] });
    }
    return [...buckets.values()].map(({ key, values: rows }) => ({
      ...key,
      total: rows.reduce((total, v) => total + v.value, 0),
      valueCount: rows.length,
      exact: rows.every((v) => v.qualifier === 'EXACT'),
      qualifier: qualifierOf(rows.map((v) => v.qualifier)),
    }));
  };

  it('sums the actual figures of all pilots per top-level region and indicator, keeping the weakest qualifier', async () => {
    const response = await ask(
      `{ indicatorTotals(groupBy: [REGION, INDICATOR]) { region { id } indicator kind period { start } total valueCount exact qualifier } }`,
    );
    const expected = sum(
      world.values.filter((v) => v.kind === 'ACTUAL'),
      (v) => ({ region: bucketRegion(v.regionId, roots()), indicator: v.indicator, kind: null, period: null }),
    );
    const buckets: Bucket[] = (response.data!.indicatorTotals as Array<Bucket & { region: { id: string } }>).map((b) => ({
      ...b,
      region: regionIdOf(b),
    }));
    expect(sorted(buckets)).toEqual(sorted(expected));
    // Per district, period and indicator, a bucket holds one figure and keeps its qualifier.
    const fine = await ask(
      `query ($region: ID!) { indicatorTotals(filter: { region: $region }, groupBy: [REGION, PERIOD, INDICATOR]) { qualifier valueCount } }`,
      { region: globalId('Region', predecessorId) },
    );
    const qualifiers = (fine.data!.indicatorTotals as Array<{ qualifier: string; valueCount: number }>).map((b) => b.qualifier);
    expect(new Set(qualifiers)).toEqual(new Set(['EXACT', 'MORE_THAN', 'AT_MOST', 'APPROXIMATELY']));
  });

  it('puts targets beside actuals by KIND, per period, within a region and a date range', async () => {
    const response = await ask(
      `query ($region: ID!) {
        indicatorTotals(filter: { region: $region, period: { from: "2024-01-01", to: "2024-12-31" }, indicators: [EVENTS_HELD] }, groupBy: [PERIOD, KIND]) {
          period { start end } kind indicator total valueCount exact qualifier
        }
      }`,
      { region: globalId('Region', predecessorId) },
    );
    const inSubtree = subtree(predecessorId);
    const expected = sum(
      world.values.filter(
        (v) => inSubtree.has(v.regionId) && v.indicator === 'EVENTS_HELD' && v.periodEnd >= '2024-01-01' && v.periodStart <= '2024-12-31',
      ),
      (v) => ({ period: { start: v.periodStart, end: v.periodEnd }, kind: v.kind, indicator: null }),
    );
    expect(sorted(response.data!.indicatorTotals)).toEqual(sorted(expected));
    expect(expected.filter((b) => b.kind === 'TARGET')).toHaveLength(4);
    // Buckets by period, then kind: each quarter's actual before its target.
    const kinds = (response.data!.indicatorTotals as Array<{ kind: string }>).map((b) => b.kind);
    expect(kinds).toEqual(['ACTUAL', 'TARGET', 'ACTUAL', 'TARGET', 'ACTUAL', 'TARGET', 'ACTUAL', 'TARGET']);
  });

  it('counts the figures whose period overlaps the range, as every date range selects', async () => {
    const response = await ask(
      `{ indicatorTotals(filter: { period: { from: "2024-02-15", to: "2024-05-15" } }, groupBy: [PERIOD]) { period { start end } valueCount total } }`,
    );
    const expected = sum(
      world.values.filter((v) => v.kind === 'ACTUAL' && v.periodEnd >= '2024-02-15' && v.periodStart <= '2024-05-15'),
      (v) => ({ period: { start: v.periodStart, end: v.periodEnd } }),
    ).map(({ period, valueCount, total }) => ({ period, valueCount, total }));
    expect(expected.map((b) => (b.period as { start: string }).start)).toEqual(['2024-01-01', '2024-04-01']);
    expect(response.data!.indicatorTotals).toEqual(expected);
  });

  it('sums actuals alone when the kinds are omitted or empty', async () => {
    const omitted = await ask(`{ indicatorTotals(groupBy: []) { total valueCount } }`);
    const empty = await ask(`{ indicatorTotals(filter: { kinds: [] }, groupBy: []) { total valueCount } }`);
    expect(empty.data).toEqual(omitted.data);
    expect((omitted.data!.indicatorTotals as Array<{ valueCount: number }>)[0]!.valueCount).toBe(
      world.values.filter((v) => v.kind === 'ACTUAL').length,
    );
  });

  it('narrows to a programme, and sums targets alone when asked for that kind', async () => {
    const [programme] = await compiled.sql<{ id: string }>(`SELECT id::text FROM programmes ORDER BY id LIMIT 1`);
    const response = await ask(
      `query ($programme: ID!) { indicatorTotals(filter: { programme: $programme, kinds: [TARGET] }, groupBy: []) { total valueCount kind } }`,
      { programme: globalId('Programme', programme!.id) },
    );
    const targets = world.values.filter((v) => v.kind === 'TARGET');
    expect(response.data!.indicatorTotals).toEqual([
      { total: targets.reduce((t, v) => t + v.value, 0), valueCount: targets.length, kind: null },
    ]);
  });
});

describe('bad input', () => {
  it('names the offending argument', async () => {
    const cases: Array<[string, string, string]> = [
      [`{ eventStats(groupBy: [KIND, KIND]) { count } }`, 'BAD_USER_INPUT', 'groupBy[1]'],
      [`{ eventStats(groupBy: [REGION, MONTH, YEAR]) { count } }`, 'BAD_USER_INPUT', 'groupBy[2]'],
      [`{ indicatorTotals(filter: { kinds: [ACTUAL, TARGET] }, groupBy: [INDICATOR]) { total } }`, 'BAD_USER_INPUT', 'filter.kinds'],
      [`{ eventStats(filter: { region: "${globalId('Region', 987654)}" }, groupBy: [REGION]) { count } }`, 'NOT_FOUND', 'filter.region'],
      [`{ recommendationStats(filter: { event: "nope" }, groupBy: [STATUS]) { count } }`, 'BAD_USER_INPUT', 'filter.event'],
      [
        `{ indicatorTotals(filter: { period: { from: "2024-12-31", to: "2024-01-01" } }, groupBy: []) { total } }`,
        'BAD_USER_INPUT',
        'filter.period',
      ],
    ];
    for (const [query, code, argument] of cases) {
      const response = await ask(query);
      expect({
        query,
        data: response.data,
        code: response.errors?.[0]?.extensions?.code,
        argument: response.errors?.[0]?.extensions?.argument,
      }).toEqual({
        query,
        data: null,
        code,
        argument,
      });
    }
  });

  it('refuses more buckets than an answer holds, through both paths alike', async () => {
    // 10,001 months with one event each, far in the past where nothing else lies.
    await compiled.sql(
      `INSERT INTO events (slug, title, kind, status, starts_on, ends_on)
       SELECT 'ancient-' || n, '{"en":"Ancient"}', 'TRAINING', 'HELD', d, d
       FROM generate_series(0, 10000) n, LATERAL (SELECT (DATE '1000-01-01' + make_interval(months => n))::date AS d) x`,
    );
    const response = await ask(`{ eventStats(filter: { dateRange: { to: "1999-12-31" } }, groupBy: [MONTH]) { count } }`);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'groupBy' });
    const fewer = await ask(`{ eventStats(filter: { dateRange: { to: "1999-12-31" } }, groupBy: [YEAR]) { count } }`);
    expect((fewer.data!.eventStats as unknown[]).length).toBe(834);
  });
});

describe('on the seeded registry', () => {
  let seeded: TestServer;
  let seededResolvers: TestServer;
  beforeAll(async () => {
    seeded = await startTestServer();
    seededResolvers = await startTestServer({ COMPILED_READS: 'false' });
  });
  afterAll(async () => {
    await seeded?.stop();
    await seededResolvers?.stop();
  });
  const askSeeded = async (query: string) => {
    const [a, b] = await Promise.all([seeded.gql(query), seededResolvers.gql(query)]);
    expect(a.errors).toBeUndefined();
    expect(a.data).toEqual(b.data);
    return a.data!;
  };
  const idOfRegion = async (slug: string) => (await askSeeded(`{ region(slug: "${slug}") { id } }`)).region.id as string;

  it("counts South-Kazakhstan's organizations under Turkestan region once successions are followed", async () => {
    const turkestan = await idOfRegion('turkestan-region');
    const query = (follow: boolean) =>
      `{ organizations(filter: { region: "${turkestan}", followSuccessions: ${follow} }, orderBy: { field: NAME, direction: ASC }) { nodes { slug } } }`;
    expect((await askSeeded(query(false))).organizations.nodes).toEqual([]);
    expect((await askSeeded(query(true))).organizations.nodes.map((n: { slug: string }) => n.slug).sort()).toEqual([
      'south-kazakhstan-centre-for-rehabilitation-of-family-aggressors',
      'south-kazakhstan-management-for-family-affairs',
      'south-kazakhstan-social-and-psychological-support-services',
    ]);
  });

  it("sums the press release's figures of the South-Kazakhstan pilot, qualified as the source states them", async () => {
    const region = await idOfRegion('south-kazakhstan-region');
    const programme = (await askSeeded(`{ programme(slug: "kazakhstan-without-domestic-violence") { id } }`)).programme.id as string;
    const data = await askSeeded(`{
      indicatorTotals(filter: { programme: "${programme}", region: "${region}" }, groupBy: [INDICATOR, PERIOD]) {
        indicator period { start end } total valueCount exact qualifier
      }
      all: indicatorTotals(filter: { programme: "${programme}", region: "${region}", indicators: [EVENTS_HELD, CITIZENS_HELPED] }, groupBy: []) {
        total exact qualifier
      }
    }`);
    const period = { start: '2017-06-01', end: '2017-12-08' };
    expect(data.indicatorTotals).toEqual([
      { indicator: 'EVENTS_HELD', period, total: 3000, valueCount: 1, exact: false, qualifier: 'MORE_THAN' },
      { indicator: 'PEOPLE_REACHED', period, total: 1000000, valueCount: 1, exact: false, qualifier: 'APPROXIMATELY' },
      { indicator: 'CITIZENS_HELPED', period, total: 7000, valueCount: 1, exact: false, qualifier: 'MORE_THAN' },
    ]);
    // More than 3,000 events and more than 7,000 citizens add up to more than 10,000 (a meaningless sum, but a correctly qualified one).
    expect(data.all).toEqual([{ total: 10000, exact: false, qualifier: 'MORE_THAN' }]);
  });
});
