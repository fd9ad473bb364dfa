import { createEvent, createOrganization, createRecommendation, createRegion, uniquePrefix } from './fixtures';
import { dataOf, globalId, startTestServer, type GraphQLResponse, type TestServer } from './harness';

// Reverse links (issue 10, part 4): from a region to its events and organizations (the regions
// below it included), from a campaign to its events, from an organization to the recommendations
// it is responsible for. Nested connections like any other: filters, orderings, paging, one
// statement compiled, one per level through the resolvers, whatever the number of parents.

let compiled: TestServer;
let resolvers: TestServer;
const ids: Record<string, string> = {};

beforeAll(async () => {
  compiled = await startTestServer();
  resolvers = await startTestServer({ COMPILED_READS: 'false' });
  const sql = compiled.sql;
  const p = uniquePrefix('links');
  ids.oblast = await createRegion(sql, `${p}-oblast`, 'Links oblast');
  ids.district = await createRegion(sql, `${p}-district`, 'Links district', { kind: 'DISTRICT', parentId: ids.oblast });
  ids.other = await createRegion(sql, `${p}-other`, 'Links other oblast');
  ids.campaign = await createEvent(sql, {
    slug: `${p}-campaign`,
    title: 'Links campaign',
    startsOn: '2024-11-25',
    regionId: ids.oblast,
    kind: 'CAMPAIGN',
  });
  ids.part1 = await createEvent(sql, { slug: `${p}-part-1`, title: 'Part one', startsOn: '2024-11-26', regionId: ids.district });
  ids.part2 = await createEvent(sql, {
    slug: `${p}-part-2`,
    title: 'Part two',
    startsOn: '2024-12-01',
    regionId: ids.other,
    kind: 'OUTREACH',
  });
  await sql(`UPDATE events SET part_of_id = $1 WHERE id IN ($2, $3)`, [ids.campaign, ids.part1, ids.part2]);
  ids.orgOblast = await createOrganization(sql, `${p}-org-oblast`, 'Links oblast akimat', {
    kind: 'LOCAL_EXECUTIVE_BODY',
    regionId: ids.oblast,
  });
  ids.orgDistrict = await createOrganization(sql, `${p}-org-district`, 'Links district centre', {
    kind: 'SUPPORT_SERVICE',
    regionId: ids.district,
  });
  ids.orgOther = await createOrganization(sql, `${p}-org-other`, 'Links other NGO', { kind: 'NGO', regionId: ids.other });
  await createRecommendation(sql, `${p}-rec-1`, ids.campaign, 'Open a shelter', {
    responsible: [ids.orgOblast, ids.orgDistrict],
    status: 'IN_PROGRESS',
  });
  await createRecommendation(sql, `${p}-rec-2`, ids.part1, 'Train the police', { responsible: [ids.orgOblast], position: 1 });
}, 60_000);

afterAll(async () => {
  await compiled?.stop();
  await resolvers?.stop();
});

async function ask(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
  const [fast, reference] = await Promise.all([compiled.gql(query, variables), resolvers.gql(query, variables)]);
  expect(fast.errors).toBeUndefined();
  expect(fast.data).toEqual(reference.data);
  expect(fast.sqlStatements).toBe(1);
  return reference;
}

const slugsOf = (connection: { nodes: Array<{ slug: string }> }) => connection.nodes.map((node) => node.slug.replace(/^t-links-\w+-/, ''));

describe('reverse links', () => {
  it("lists a region's events and organizations, the regions below it included", async () => {
    const response = await ask(
      `query ($id: ID!) {
        node(id: $id) {
          ... on Region {
            events(orderBy: { field: STARTS_ON, direction: ASC }) { totalCount nodes { slug } }
            organizations { totalCount nodes { slug } }
            trainings: events(filter: { kinds: [TRAINING] }, first: 1) { totalCount nodes { slug } }
          }
        }
      }`,
      { id: globalId('Region', ids.oblast) },
    );
    const region = dataOf(response).node;
    expect(slugsOf(region.events)).toEqual(['campaign', 'part-1']);
    expect(slugsOf(region.organizations)).toEqual(['org-district', 'org-oblast']);
    expect(region.trainings).toMatchObject({ totalCount: 1 });
  });

  it("lists a campaign's events, and an organization's recommendations", async () => {
    const response = await ask(
      `query ($campaign: ID!, $organization: ID!) {
        campaign: node(id: $campaign) { ... on Event { parts(orderBy: { field: STARTS_ON, direction: ASC }) { totalCount nodes { slug } } } }
        organization: node(id: $organization) {
          ... on Organization {
            recommendations(orderBy: { field: POSITION, direction: ASC }) { totalCount nodes { slug status } }
            inProgress: recommendations(filter: { statuses: [IN_PROGRESS] }) { totalCount }
          }
        }
      }`,
      { campaign: globalId('Event', ids.campaign), organization: globalId('Organization', ids.orgOblast) },
    );
    const data = dataOf(response);
    expect(slugsOf(data.campaign.parts)).toEqual(['part-1', 'part-2']);
    expect(slugsOf(data.organization.recommendations)).toEqual(['rec-1', 'rec-2']);
    expect(data.organization.inProgress.totalCount).toBe(1);
  });

  it('loads the links of many parents in one statement per level through the resolvers', async () => {
    const query = `query ($ids: [ID!]!) {
      nodes(ids: $ids) {
        ... on Region { events(first: 5) { nodes { slug parts { totalCount } } } organizations(first: 5) { nodes { recommendations { totalCount } } } }
      }
    }`;
    const variables = { ids: [ids.oblast, ids.district, ids.other].map((id) => globalId('Region', id)) };
    const reference = await resolvers.gql(query, variables);
    expect(reference.errors).toBeUndefined();
    // nodes; events of every region; organizations of every region; parts of every event; recommendations of every organization.
    expect(reference.sqlStatements).toBeLessThanOrEqual(5);
    const fast = await compiled.gql(query, variables);
    expect(fast.data).toEqual(reference.data);
    expect(fast.sqlStatements).toBe(1);
  });
});

describe('Source.records', () => {
  // Reached from a record citing it (the press release is the conference's source).
  const RECORDS = `query ($types: [String!], $first: Int, $after: String) {
    event(slug: "astana-conference-prevention-of-domestic-violence-2017-12-08") {
      sources {
        slug
        records(first: $first, after: $after, recordTypes: $types) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node { __typename id ... on Event { slug title } ... on Organization { slug } ... on IndicatorValue { value } } }
        }
      }
    }
  }`;
  const recordsOf = (response: GraphQLResponse, slug: string) =>
    (dataOf(response).event.sources as Array<{ slug: string; records: any }>).find((source) => source.slug === slug)!.records;

  it('lists the records taken from a document, of every type, page by page', async () => {
    const [{ count }] = await compiled.sql<{ count: number }>(
      `SELECT count(*)::int AS count FROM record_sources c JOIN sources s ON s.id = c.source_id
       WHERE s.slug = 'gpo-press-release-2017-12-08' AND c.record_type <> 'RecommendationStatusChange'`,
    );
    const all = recordsOf(await ask(RECORDS, { first: 100 }), 'gpo-press-release-2017-12-08');
    expect(all.totalCount).toBe(count);
    expect(all.edges).toHaveLength(count);
    const slugs = all.edges.map((edge: { node: { slug?: string } }) => edge.node.slug).filter(Boolean);
    expect(slugs).toEqual(
      expect.arrayContaining(['astana-conference-prevention-of-domestic-violence-2017-12-08', 'general-prosecutors-office']),
    );
    expect(new Set(all.edges.map((edge: { node: { __typename: string } }) => edge.node.__typename)).size).toBeGreaterThan(3);
    // Page by page gives the same records in the same order.
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = recordsOf(await ask(RECORDS, { first: 7, after }), 'gpo-press-release-2017-12-08');
      paged.push(...page.edges.map((edge: { node: { id: string } }) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(all.edges.map((edge: { node: { id: string } }) => edge.node.id));
    const events = recordsOf(await ask(RECORDS, { types: ['Event'], first: 100 }), 'gpo-press-release-2017-12-08');
    expect(events.edges.every((edge: { node: { __typename: string } }) => edge.node.__typename === 'Event')).toBe(true);
    expect(events.totalCount).toBeGreaterThan(0);
    const unknown = await compiled.gql(RECORDS, { types: ['Shelter'], first: 5 });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'recordTypes[0]' });
  });
});
