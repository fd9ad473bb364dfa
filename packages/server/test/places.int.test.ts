import { createRegion, uniquePrefix } from './fixtures';
import { dataOf, globalId, startTestServer, type GraphQLResponse, type TestServer } from './harness';

// Services and places (issue 10, part 2): support services filtered by their service profile and
// by distance from a person, nearest first, through both read paths; locations and the new profile
// items written through the mutations, with their checks.

let compiled: TestServer;
let resolvers: TestServer;
let admin: string;
let regionId: string;
const slugs: Record<string, string> = {};

// Almaty's centre, and services around it (and far away).
const ALMATY = { latitude: 43.2389, longitude: 76.8897 };
const SERVICES: Array<[name: string, latitude: number | null, longitude: number | null, profile: Record<string, unknown> | null]> = [
  ['centre', 43.2401, 76.8952, { hasCrisisBeds: true, freeOfCharge: true, crisisBedCount: 12, hotline: true }], // ~0.5 km
  ['east', 43.2567, 76.9286, { hasCrisisBeds: false, freeOfCharge: true }], // ~3.6 km
  ['kaskelen', 43.2, 76.62, { hasCrisisBeds: true, freeOfCharge: false }], // ~22 km
  ['astana', 51.1605, 71.4704, { hasCrisisBeds: true, freeOfCharge: true }], // ~970 km
  ['unplaced', null, null, { hasCrisisBeds: true, freeOfCharge: true }],
];

/** Great-circle distance in km on earthdistance's sphere (for the order only, not exact figures). */
function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(r(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(r(a.latitude)) * Math.cos(r(b.latitude)) * Math.sin(r(b.longitude - a.longitude) / 2) ** 2;
  return 2 * 6378.168 * Math.asin(Math.sqrt(h));
}

beforeAll(async () => {
  compiled = await startTestServer();
  resolvers = await startTestServer({ COMPILED_READS: 'false' });
  admin = (await compiled.key('ADMIN')).key;
  const p = uniquePrefix('places');
  regionId = await createRegion(compiled.sql, `${p}-almaty`, 'Almaty (places test)');
  for (const [name, latitude, longitude, profile] of SERVICES) {
    slugs[name] = `${p}-${name}`;
    await compiled.sql(
      `INSERT INTO organizations (slug, name, kind, region_id, latitude, longitude, address, service_profile)
       VALUES ($1, $2, 'SUPPORT_SERVICE', $3, $4, $5, $6, $7)`,
      [
        slugs[name],
        JSON.stringify({ en: `Service ${name}` }),
        regionId,
        latitude,
        longitude,
        latitude === null ? null : JSON.stringify({ en: `${name} street 1`, ru: `улица ${name}, 1` }),
        profile === null ? null : JSON.stringify(profile),
      ],
    );
  }
}, 60_000);

afterAll(async () => {
  await compiled?.stop();
  await resolvers?.stop();
});

/** Asks both read paths, which must agree; the compiled one in one statement. */
async function ask(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResponse> {
  const [fast, reference] = await Promise.all([compiled.gql(query, variables, headers), resolvers.gql(query, variables, headers)]);
  expect(fast.data).toEqual(reference.data);
  expect(fast.errors?.map((e) => e.extensions)).toEqual(
    reference.errors?.map((e) => ({ ...e.extensions, requestId: fast.errors?.[0]?.extensions?.requestId })),
  );
  if (!fast.errors) expect(fast.sqlStatements).toBe(1);
  return fast;
}

const NEAR = `query Near($filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int, $after: String, $last: Int, $before: String) {
  organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
    nodes { slug location { latitude longitude address } serviceProfile { hasCrisisBeds crisisBedCount hotline freeOfCharge } }
  }
}`;

const names = (response: GraphQLResponse) => {
  const bySlug = Object.fromEntries(Object.entries(slugs).map(([name, slug]) => [slug, name]));
  return (dataOf(response).organizations.nodes as Array<{ slug: string }>).map((node) => bySlug[node.slug]);
};

describe('services near a person', () => {
  const filter = (extra: Record<string, unknown>) => ({ region: globalId('Region', regionId), ...extra });

  it('finds the services within a radius, nearest first', async () => {
    const response = await ask(NEAR, {
      filter: filter({ near: { ...ALMATY, radiusKm: 30 } }),
      orderBy: { field: 'DISTANCE', direction: 'ASC' },
    });
    const expected = SERVICES.filter(([, lat, lon]) => lat !== null && distanceKm(ALMATY, { latitude: lat, longitude: lon! }) <= 30)
      .sort(
        ([, a, b], [, c, d]) => distanceKm(ALMATY, { latitude: a!, longitude: b! }) - distanceKm(ALMATY, { latitude: c!, longitude: d! }),
      )
      .map(([name]) => name);
    expect(expected).toEqual(['centre', 'east', 'kaskelen']);
    expect(names(response)).toEqual(expected);
    expect(dataOf(response).organizations.nodes[0]).toEqual({
      slug: slugs.centre,
      location: { latitude: 43.2401, longitude: 76.8952, address: 'centre street 1' },
      serviceProfile: { hasCrisisBeds: true, crisisBedCount: 12, hotline: true, freeOfCharge: true },
    });
    const farthestFirst = await ask(NEAR, {
      filter: filter({ near: { ...ALMATY, radiusKm: 5 } }),
      orderBy: { field: 'DISTANCE', direction: 'DESC' },
    });
    expect(names(farthestFirst)).toEqual(['east', 'centre']);
  });

  it('combines distance with the service profile', async () => {
    const withBeds = await ask(NEAR, {
      filter: filter({ near: { ...ALMATY, radiusKm: 1500 }, serviceProfile: { hasCrisisBeds: true, freeOfCharge: true } }),
      orderBy: { field: 'DISTANCE', direction: 'ASC' },
    });
    expect(names(withBeds)).toEqual(['centre', 'astana']);
    const withoutBeds = await ask(NEAR, { filter: filter({ serviceProfile: { hasCrisisBeds: false } }) });
    expect(names(withoutBeds)).toEqual(['east']);
    const withHotline = await ask(NEAR, { filter: filter({ serviceProfile: { hotline: true } }) });
    expect(names(withHotline)).toEqual(['centre']);
  });

  it('pages through by distance both ways with cursors', async () => {
    const variables = { filter: filter({ near: { ...ALMATY, radiusKm: 1500 } }), orderBy: { field: 'DISTANCE', direction: 'ASC' } };
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await ask(NEAR, { ...variables, first: 1, after });
      seen.push(...names(page));
      const info = dataOf(page).organizations.pageInfo;
      if (!info.hasNextPage) break;
      after = info.endCursor;
    }
    expect(seen).toEqual(['centre', 'east', 'kaskelen', 'astana']);
    const lastTwo = await ask(NEAR, { ...variables, last: 2 });
    expect(names(lastTwo)).toEqual(['kaskelen', 'astana']);
    const beforeThose = await ask(NEAR, { ...variables, last: 2, before: dataOf(lastTwo).organizations.pageInfo.startCursor });
    expect(names(beforeThose)).toEqual(['centre', 'east']);
  });

  it('answers the address and opening hours in the language asked', async () => {
    const response = await ask(
      `query ($slug: String!) { organization(slug: $slug) { location { address } serviceProfile { openingHours } } }`,
      { slug: slugs.centre },
      { 'accept-language': 'ru' },
    );
    expect(dataOf(response).organization).toEqual({ location: { address: 'улица centre, 1' }, serviceProfile: { openingHours: null } });
    const unplaced = await ask(`query ($slug: String!) { organization(slug: $slug) { location { latitude } } }`, { slug: slugs.unplaced });
    expect(dataOf(unplaced).organization).toEqual({ location: null });
  });

  it('refuses a circle off the earth and a distance without a point, naming the argument', async () => {
    const cases: Array<[Record<string, unknown>, Record<string, unknown> | undefined, string]> = [
      [{ near: { latitude: 91, longitude: 0, radiusKm: 1 } }, undefined, 'filter.near.latitude'],
      [{ near: { latitude: 0, longitude: 181, radiusKm: 1 } }, undefined, 'filter.near.longitude'],
      [{ near: { latitude: 0, longitude: 0, radiusKm: 0 } }, undefined, 'filter.near.radiusKm'],
      [{ near: { latitude: 0, longitude: 0, radiusKm: 5000 } }, undefined, 'filter.near.radiusKm'],
      [{}, { field: 'DISTANCE', direction: 'ASC' }, 'orderBy.field'],
    ];
    for (const [extra, orderBy, argument] of cases) {
      const response = await ask(NEAR, { filter: filter(extra), orderBy });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});

describe('writing locations and service profiles', () => {
  const CREATE = `mutation ($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization { slug location { latitude longitude address } serviceProfile { crisisBedCount hotline openingHours hasCrisisBeds } }
      userErrors { field code message }
    }
  }`;

  it('records where a service is, what it offers and when it is open', async () => {
    const response = await compiled.as(admin, CREATE, {
      input: {
        name: { en: 'Shelter with a location' },
        kind: 'SUPPORT_SERVICE',
        location: { latitude: 43.25, longitude: 76.95, address: { en: 'Abay avenue 10' } },
        serviceProfile: { hasCrisisBeds: true, crisisBedCount: 8, hotline: true, openingHours: { en: 'round the clock' } },
      },
    });
    const payload = dataOf(response).createOrganization;
    expect(payload.userErrors).toEqual([]);
    expect(payload.organization).toMatchObject({
      location: { latitude: 43.25, longitude: 76.95, address: 'Abay avenue 10' },
      serviceProfile: { crisisBedCount: 8, hotline: true, openingHours: 'round the clock', hasCrisisBeds: true },
    });
    const near = await ask(NEAR, {
      filter: { near: { latitude: 43.25, longitude: 76.95, radiusKm: 0.1 } },
      orderBy: { field: 'DISTANCE', direction: 'ASC' },
    });
    expect(dataOf(near).organizations.nodes.map((n: { slug: string }) => n.slug)).toEqual([payload.organization.slug]);
  });

  it('refuses a location off the earth or half given, and beds where there are none, with the field', async () => {
    const response = await compiled.as(admin, CREATE, {
      input: {
        name: { en: 'Shelter with bad input' },
        kind: 'SUPPORT_SERVICE',
        location: { latitude: 95, address: { en: 'Nowhere' } },
        serviceProfile: { hasCrisisBeds: false, crisisBedCount: 3 },
      },
    });
    const payload = dataOf(response).createOrganization;
    expect(payload.organization).toBeNull();
    expect(payload.userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code])).toEqual([
      ['input.serviceProfile.crisisBedCount', 'INVALID'],
      ['input.location.latitude', 'INVALID'],
      ['input.location.longitude', 'REQUIRED'],
    ]);
  });

  it('places an event by its address alone, and clears its location again', async () => {
    const created = await compiled.as(
      admin,
      `mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id version location { latitude address } } userErrors { field } } }`,
      {
        input: {
          title: { en: 'A training with an address' },
          kind: 'TRAINING',
          startsOn: '2024-05-02',
          organizers: [{ organization: 'general-prosecutors-office', role: 'ORGANIZER' }],
          location: { address: { en: 'Dostyk avenue 5, Almaty' } },
        },
      },
    );
    const event = dataOf(created).createEvent.event;
    expect(event.location).toEqual({ latitude: null, address: 'Dostyk avenue 5, Almaty' });
    const cleared = await compiled.as(
      admin,
      `mutation ($input: UpdateEventInput!) { updateEvent(input: $input) { event { location { address } } userErrors { field } } }`,
      { input: { id: event.id, version: event.version, location: null } },
    );
    expect(dataOf(cleared).updateEvent).toEqual({ event: { location: null }, userErrors: [] });
  });
});
