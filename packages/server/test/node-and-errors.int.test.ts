import { dataOf, globalId, startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const TYPES_AND_SLUGS: Array<[string, string, string]> = [
  ['event', 'Event', 'astana-conference-prevention-of-domestic-violence-2017-12-08'],
  ['organization', 'Organization', 'unicef-kazakhstan'],
  ['official', 'Official', 'serik-ospanov'],
  ['region', 'Region', 'south-kazakhstan-region'],
  ['programme', 'Programme', 'kazakhstan-without-domestic-violence'],
  ['pilotRegion', 'PilotRegion', 'kazakhstan-without-domestic-violence-south-kazakhstan'],
  ['recommendation', 'Recommendation', 'astana-2017-strengthen-family-institution'],
];

describe('node, nodes and single lookups', () => {
  it.each(TYPES_AND_SLUGS)('round-trips %s: slug → id → node → same record', async (field, typeName, slug) => {
    const bySlug = dataOf(await server.gql(`{ ${field}(slug: "${slug}") { id slug version createdAt updatedAt } }`))[field];
    expect(bySlug.slug).toBe(slug);
    expect(bySlug.version).toBe(1);
    expect(Buffer.from(bySlug.id, 'base64url').toString()).toMatch(new RegExp(`^${typeName}:\\d+$`));
    const byId = dataOf(
      await server.gql(`query($id: ID!) { ${field}(id: $id) { slug } node(id: $id) { __typename id ... on Record { slug } } }`, {
        id: bySlug.id,
      }),
    );
    expect(byId[field].slug).toBe(slug);
    expect(byId.node).toEqual({ __typename: typeName, id: bySlug.id, slug });
  });

  it('returns nodes in the order asked, with null for unknown IDs', async () => {
    const { organization, official } = dataOf(
      await server.gql(`{ organization(slug: "parliament") { id } official(slug: "andrei-lukin") { id } }`),
    );
    const { nodes } = dataOf(
      await server.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, {
        ids: [official.id, globalId('Event', 987654321), organization.id],
      }),
    );
    expect(nodes).toEqual([{ __typename: 'Official', id: official.id }, null, { __typename: 'Organization', id: organization.id }]);
  });

  it('returns null for an unknown slug, an unknown id and an id of another type', async () => {
    const { organization } = dataOf(await server.gql(`{ organization(slug: "parliament") { id } }`));
    const data = dataOf(
      await server.gql(
        `query($unknown: ID!, $other: ID!) {
      bySlug: event(slug: "no-such-event") { id }
      byId: event(id: $unknown) { id }
      otherType: event(id: $other) { id }
      node(id: $unknown) { id }
    }`,
        { unknown: globalId('Event', 987654321), other: organization.id },
      ),
    );
    expect(data).toEqual({ bySlug: null, byId: null, otherType: null, node: null });
  });

  it('exposes sources on every record type through the Record interface', async () => {
    const data = dataOf(await server.gql(`{ region(slug: "astana") { sources { slug } } }`));
    expect(data.region.sources.map((s: any) => s.slug)).toContain('gpo-press-release-2017-12-08');
  });
});

describe('errors', () => {
  it('a malformed id is BAD_USER_INPUT naming the argument', async () => {
    const single = await server.gql(`{ event(id: "not an id") { id } }`);
    expect(single.errors?.[0]).toMatchObject({ path: ['event'], extensions: { code: 'BAD_USER_INPUT', argument: 'id' } });
    const many = await server.gql(`{ nodes(ids: ["${globalId('Event', 1)}", "Zm9vOmJhcg"]) { id } }`);
    expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids[1]' });
  });

  it('asking by both id and slug, or by neither, is BAD_USER_INPUT', async () => {
    const both = await server.gql(`{ region(id: "${globalId('Region', 1)}", slug: "astana") { id } }`);
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const neither = await server.gql(`{ region { id } }`);
    expect(neither.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a malformed cursor is BAD_USER_INPUT naming after or before', async () => {
    const after = await server.gql(`{ events(first: 2, after: "bm9wZQ") { totalCount } }`);
    expect(after.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const before = await server.gql(`{ organizations(last: 2, before: "!!") { totalCount } }`);
    expect(before.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'before' });
  });

  it('a malformed date is BAD_USER_INPUT, as a literal and as a variable', async () => {
    const literal = await server.gql(`{ events(filter: { dateRange: { from: "2017-02-30" } }) { totalCount } }`);
    expect(literal.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'filter.dateRange.from',
      requestId: literal.headers.get('x-request-id'),
    });
    expect(literal.errors?.[0]?.message).toContain('YYYY-MM-DD');
    const variable = await server.gql(`query($from: Date) { events(filter: { dateRange: { from: $from } }) { totalCount } }`, {
      from: '8 December 2017',
    });
    expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(variable.errors?.[0]?.message).toContain('$from');
  });

  it('a filter naming a record that does not exist is NOT_FOUND, naming the argument', async () => {
    const region = await server.gql(`query($r: ID) { events(filter: { region: $r }) { totalCount } }`, {
      r: globalId('Region', 987654321),
    });
    expect(region.errors?.[0]).toMatchObject({ path: ['events'], extensions: { code: 'NOT_FOUND', argument: 'filter.region' } });
    expect(region.errors?.[0]?.message).toBe(`No Region has the ID "${globalId('Region', 987654321)}"`);
    const nested = await server.gql(
      `query($o: ID) { organization(slug: "parliament") { events(filter: { official: $o }) { totalCount } } }`,
      { o: globalId('Official', 987654321) },
    );
    expect(nested.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'filter.official' });
    const pilots = await server.gql(`query($p: ID) { pilotRegions(filter: { programme: $p }) { totalCount } }`, {
      p: globalId('Programme', 987654321),
    });
    expect(pilots.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'filter.programme' });
    // An existing record with no matches is an empty list, not an error.
    const empty = dataOf(
      await server.gql(`query($r: ID) { recommendations(filter: { responsibleOrganization: $r }) { totalCount } }`, {
        r: globalId('Organization', 1),
      }),
    );
    expect(empty.recommendations.totalCount).toBe(0);
  });

  it('an unknown field is a validation error with a code', async () => {
    const response = await server.gql(`{ event(slug: "x") { nope } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('in production, internal failures are masked: no SQL, no stack trace', async () => {
    const production = await startTestServer({ NODE_ENV: 'production' });
    try {
      const ok = await production.gql(`{ event(id: "broken") { id } }`);
      expect(ok.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'id', requestId: ok.headers.get('x-request-id') });
      // Break the database connection under the running server: the next query fails inside the driver.
      await production.dataSource.destroy();
      const failed = await production.gql(`{ events(first: 1) { totalCount } }`);
      expect(failed.errors).toHaveLength(1);
      expect(failed.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(failed.errors)).not.toMatch(/stack|SELECT|at .*\.js|TypeORM|Connection/i);
    } finally {
      await production.stop();
    }
  });
});
