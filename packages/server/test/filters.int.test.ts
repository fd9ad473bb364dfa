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
let p: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  p = uniquePrefix('filters');
  const sql = server.sql;
  ids.oblast = await createRegion(sql, `${p}-oblast`, 'Filter oblast');
  ids.districtA = await createRegion(sql, `${p}-district-a`, 'District A', { kind: 'DISTRICT', parentId: ids.oblast });
  ids.districtB = await createRegion(sql, `${p}-district-b`, 'District B', { kind: 'DISTRICT', parentId: ids.oblast });
  ids.village = await createRegion(sql, `${p}-village`, 'Village', { kind: 'CITY', parentId: ids.districtA });
  ids.orgA = await createOrganization(sql, `${p}-org-a`, 'Alpha crisis centre', { kind: 'SUPPORT_SERVICE', regionId: ids.districtA });
  ids.orgB = await createOrganization(sql, `${p}-org-b`, 'Beta NGO', { kind: 'NGO', regionId: ids.districtB });
  ids.official = await createOfficial(sql, `${p}-official`, 'Filter Official', {
    organizationId: ids.orgA,
    title: 'Director',
    startedOn: '2019-01-01',
  });
  ids.former = await createOfficial(sql, `${p}-former`, 'Former Official', {
    organizationId: ids.orgA,
    title: 'Director',
    startedOn: '2015-01-01',
    endedOn: '2018-12-31',
  });
  ids.e1 = await createEvent(sql, {
    slug: `${p}-e1`,
    title: 'Training of police officers',
    startsOn: '2019-05-10',
    regionId: ids.districtA,
    kind: 'TRAINING',
  });
  ids.e2 = await createEvent(sql, {
    slug: `${p}-e2`,
    title: 'Outreach in schools',
    startsOn: '2020-02-01',
    regionId: ids.village,
    kind: 'OUTREACH',
  });
  ids.e3 = await createEvent(sql, {
    slug: `${p}-e3`,
    title: 'Conference on shelters',
    startsOn: '2021-09-15',
    regionId: ids.districtB,
    kind: 'CONFERENCE',
    status: 'PLANNED',
  });
  await addOrganizer(sql, ids.e1, ids.orgA);
  await addParticipant(sql, ids.e2, { organizationId: ids.orgA, title: 'Psychologists' });
  await addOrganizer(sql, ids.e3, ids.orgB);
  await addParticipant(sql, ids.e1, { officialId: ids.official, organizationId: ids.orgA, role: 'SPEAKER' });
  await createRecommendation(sql, `${p}-r1`, ids.e3, 'Open more shelters', {
    status: 'IN_PROGRESS',
    theme: 'SUPPORT_SERVICES',
    dueOn: '2022-01-01',
    responsible: [ids.orgB],
  });
  await createRecommendation(sql, `${p}-r2`, ids.e3, 'Train more police', {
    status: 'PROPOSED',
    theme: 'LAW_ENFORCEMENT',
    dueOn: '2023-06-30',
    position: 1,
  });
});
afterAll(async () => {
  await server.stop();
});

async function eventSlugs(filter: Record<string, unknown>, orderBy?: Record<string, unknown>): Promise<string[]> {
  const data = dataOf(
    await server.gql(
      `query($filter: EventFilter, $orderBy: EventOrder) {
    events(first: 100, filter: $filter, orderBy: $orderBy) { totalCount nodes { slug } }
  }`,
      { filter: { region: globalId('Region', ids.oblast), ...filter }, orderBy },
    ),
  );
  expect(data.events.totalCount).toBe(data.events.nodes.length);
  return data.events.nodes.map((n: any) => n.slug);
}

describe('events(filter:, orderBy:)', () => {
  it('filters by region including every sub-region, most recent first by default', async () => {
    expect(await eventSlugs({})).toEqual([`${p}-e3`, `${p}-e2`, `${p}-e1`]);
    expect(await eventSlugs({ region: globalId('Region', ids.districtA) })).toEqual([`${p}-e2`, `${p}-e1`]);
    expect(await eventSlugs({ region: globalId('Region', ids.village) })).toEqual([`${p}-e2`]);
  });

  it('filters by kinds and statuses', async () => {
    expect(await eventSlugs({ kinds: ['TRAINING', 'CONFERENCE'] })).toEqual([`${p}-e3`, `${p}-e1`]);
    expect(await eventSlugs({ statuses: ['PLANNED'] })).toEqual([`${p}-e3`]);
  });

  it('filters by organization (organizer or participant) and by official', async () => {
    expect(await eventSlugs({ organization: globalId('Organization', ids.orgA) })).toEqual([`${p}-e2`, `${p}-e1`]);
    expect(await eventSlugs({ official: globalId('Official', ids.official) })).toEqual([`${p}-e1`]);
  });

  it('filters by a date range, either end open', async () => {
    expect(await eventSlugs({ dateRange: { from: '2019-06-01', to: '2021-01-01' } })).toEqual([`${p}-e2`]);
    expect(await eventSlugs({ dateRange: { from: '2020-02-01' } })).toEqual([`${p}-e3`, `${p}-e2`]);
    expect(await eventSlugs({ dateRange: { to: '2019-05-10' } })).toEqual([`${p}-e1`]);
  });

  it('filters by search text with stemming', async () => {
    expect(await eventSlugs({ query: 'shelter' })).toEqual([`${p}-e3`]);
    expect(await eventSlugs({ query: 'trainings police' })).toEqual([`${p}-e1`]);
  });

  it('orders by start date, title and creation in both directions', async () => {
    expect(await eventSlugs({}, { field: 'STARTS_ON', direction: 'ASC' })).toEqual([`${p}-e1`, `${p}-e2`, `${p}-e3`]);
    expect(await eventSlugs({}, { field: 'TITLE', direction: 'ASC' })).toEqual([`${p}-e3`, `${p}-e2`, `${p}-e1`]);
    expect(await eventSlugs({}, { field: 'TITLE', direction: 'DESC' })).toEqual([`${p}-e1`, `${p}-e2`, `${p}-e3`]);
    expect(await eventSlugs({}, { field: 'CREATED_AT', direction: 'ASC' })).toEqual([`${p}-e1`, `${p}-e2`, `${p}-e3`]);
  });

  it('rejects a date range that ends before it starts, and an ID of another type', async () => {
    const reversed = await server.gql(`{ events(filter: { dateRange: { from: "2020-01-02", to: "2020-01-01" } }) { totalCount } }`);
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.dateRange' });
    const wrongType = await server.gql(`query($r: ID) { events(filter: { region: $r }) { totalCount } }`, { r: globalId('Event', ids.e1) });
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.region' });
  });
});

describe('other lists', () => {
  it('organizations: by region subtree, kinds, search; ordered by name', async () => {
    const data = dataOf(
      await server.gql(
        `query($region: ID!) {
      all: organizations(filter: { region: $region }) { nodes { slug } }
      services: organizations(filter: { region: $region, kinds: [SUPPORT_SERVICE] }) { nodes { slug } }
      desc: organizations(filter: { region: $region }, orderBy: { field: NAME, direction: DESC }) { nodes { slug } }
      found: organizations(filter: { region: $region, query: "crisis" }) { nodes { slug } }
    }`,
        { region: globalId('Region', ids.oblast) },
      ),
    );
    expect(data.all.nodes.map((n: any) => n.slug)).toEqual([`${p}-org-a`, `${p}-org-b`]);
    expect(data.services.nodes.map((n: any) => n.slug)).toEqual([`${p}-org-a`]);
    expect(data.desc.nodes.map((n: any) => n.slug)).toEqual([`${p}-org-b`, `${p}-org-a`]);
    expect(data.found.nodes.map((n: any) => n.slug)).toEqual([`${p}-org-a`]);
  });

  it('officials: by organization and whether their post is current', async () => {
    const data = dataOf(
      await server.gql(
        `query($org: ID!) {
      all: officials(filter: { organization: $org }) { totalCount nodes { slug } }
      current: officials(filter: { organization: $org, current: true }) { nodes { slug posts { isCurrent } } }
      former: officials(filter: { organization: $org, current: false }) { nodes { slug posts { isCurrent } } }
      organization(id: $org) { officials(filter: { current: true }) { nodes { slug } } }
    }`,
        { org: globalId('Organization', ids.orgA) },
      ),
    );
    expect(data.all.totalCount).toBe(2);
    expect(data.current.nodes).toEqual([{ slug: `${p}-official`, posts: [{ isCurrent: true }] }]);
    expect(data.former.nodes).toEqual([{ slug: `${p}-former`, posts: [{ isCurrent: false }] }]);
    expect(data.organization.officials.nodes).toEqual([{ slug: `${p}-official` }]);
  });

  it('recommendations: by event, status, theme, responsible organization and due date; ordered by due date', async () => {
    const data = dataOf(
      await server.gql(
        `query($event: ID!, $org: ID!) {
      byEvent: recommendations(filter: { event: $event }, orderBy: { field: DUE_ON, direction: DESC }) { nodes { slug } }
      byStatus: recommendations(filter: { event: $event, statuses: [PROPOSED] }) { nodes { slug } }
      byTheme: recommendations(filter: { event: $event, themes: [SUPPORT_SERVICES] }) { nodes { slug } }
      byOrg: recommendations(filter: { responsibleOrganization: $org }) { nodes { slug responsibleOrganizations { slug } } }
      byDue: recommendations(filter: { event: $event, due: { from: "2023-01-01" } }) { nodes { slug } }
    }`,
        { event: globalId('Event', ids.e3), org: globalId('Organization', ids.orgB) },
      ),
    );
    expect(data.byEvent.nodes.map((n: any) => n.slug)).toEqual([`${p}-r2`, `${p}-r1`]);
    expect(data.byStatus.nodes.map((n: any) => n.slug)).toEqual([`${p}-r2`]);
    expect(data.byTheme.nodes.map((n: any) => n.slug)).toEqual([`${p}-r1`]);
    expect(data.byOrg.nodes).toEqual([{ slug: `${p}-r1`, responsibleOrganizations: [{ slug: `${p}-org-b` }] }]);
    expect(data.byDue.nodes.map((n: any) => n.slug)).toEqual([`${p}-r2`]);
  });

  it('regions: by parent, kind and validity on a day', async () => {
    const data = dataOf(
      await server.gql(
        `query($parent: ID!) {
      children: regions(filter: { parent: $parent }) { nodes { slug } }
      districts: regions(filter: { parent: $parent, kinds: [CITY] }) { totalCount }
      in2017: regions(filter: { validOn: "2017-12-08", kinds: [REGION], query: "kazakhstan" }) { nodes { slug } }
      in2019: regions(filter: { validOn: "2019-01-01", kinds: [REGION, CITY_OF_REPUBLICAN_SIGNIFICANCE], query: "Shymkent" }) { nodes { slug } }
    }`,
        { parent: globalId('Region', ids.oblast) },
      ),
    );
    expect(data.children.nodes.map((n: any) => n.slug)).toEqual([`${p}-district-a`, `${p}-district-b`]);
    expect(data.districts.totalCount).toBe(0);
    expect(data.in2017.nodes.map((n: any) => n.slug)).toEqual(['south-kazakhstan-region']);
    expect(data.in2019.nodes.map((n: any) => n.slug)).toEqual(['shymkent']);
  });

  it('pilot regions and programmes: by programme and region', async () => {
    const { programme, lead } = dataOf(
      await server.gql(
        `{ programme(slug: "kazakhstan-without-domestic-violence") { id } lead: organization(slug: "general-prosecutors-office") { id } }`,
      ),
    );
    const data = dataOf(
      await server.gql(
        `query($programme: ID!, $lead: ID!) {
      pilots: pilotRegions(filter: { programme: $programme, statuses: [ACTIVE] }) { totalCount nodes { slug } }
      byRegion: pilotRegions(filter: { region: "${globalId('Region', ids.oblast)}" }) { totalCount }
      programmes(filter: { leadOrganization: $lead }) { nodes { slug } }
    }`,
        { programme: programme.id, lead: lead.id },
      ),
    );
    expect(data.pilots.nodes.map((n: any) => n.slug)).toEqual(['kazakhstan-without-domestic-violence-south-kazakhstan']);
    expect(data.byRegion.totalCount).toBe(0);
    expect(data.programmes.nodes.map((n: any) => n.slug)).toContain('kazakhstan-without-domestic-violence');
  });
});
