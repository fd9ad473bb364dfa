import { getNamedType, isInputObjectType, isObjectType, type GraphQLInputObjectType } from 'graphql';
import { buildQorgauSchema } from '../src/schema';
import { dataOf, startTestServer, type GraphQLResponse, type TestServer } from './harness';

// One convention everywhere (issue 10, part 4), checked on the schema itself so that new surface
// keeps it: lists take orderBy, reference filters take lists (by ID or slug), date ranges are one
// input type. The exceptions are named here with their reason.

const schema = buildQorgauSchema();
const filters = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLInputObjectType => isInputObjectType(type) && type.name.endsWith('Filter'),
);

/** Lists whose order is their meaning: the change feed in commit order (its cursors rely on it), search by relevance. */
const ORDERED_BY_MEANING = new Set(['Query.changes', 'Query.search']);

/** The list beside a singular reference filter, where it is not the plural with an s. */
const LIST_OF: Record<string, string> = { partOf: 'campaigns' };

describe('the schema keeps one convention', () => {
  it('gives every list of records an orderBy', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        if (!getNamedType(field.type).name.endsWith('Connection') || ORDERED_BY_MEANING.has(coordinate)) continue;
        if (!field.args.some((arg) => arg.name === 'orderBy')) missing.push(coordinate);
      }
    }
    expect(missing).toEqual([]);
  });

  it('lets every filter that names a record by ID name several', () => {
    const missing: string[] = [];
    for (const filter of filters) {
      const fields = filter.getFields();
      for (const field of Object.values(fields).filter((f) => String(f.type) === 'ID')) {
        const list = fields[LIST_OF[field.name] ?? `${field.name}s`];
        if (String(list?.type) !== '[ID!]') missing.push(`${filter.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
    // The lists themselves say how they name records: by ID or slug, or by global ID where records
    // have no slugs (API keys) or may be gone (the records of the write feeds).
    const lists = filters.flatMap((filter) => Object.values(filter.getFields()).filter((field) => String(field.type) === '[ID!]'));
    expect(lists.length).toBeGreaterThan(10);
    for (const list of lists) expect(list.description).toMatch(/by ID or slug|by global ID/);
  });

  it('takes every range of dates as DateRangeInput (from, to, both included)', () => {
    const loose: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isInputObjectType(type) || type.name === 'DateRangeInput') continue;
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type).name;
        // A pair of bounds spelled out beside each other instead of one range input.
        if (
          (named === 'Date' || named === 'DateTime') &&
          /(From|To|Before|After|Until)$/.test(field.name) &&
          type.name.endsWith('Filter')
        ) {
          loose.push(`${type.name}.${field.name}`);
        }
        if (['dateRange', 'period', 'due'].includes(field.name))
          expect(`${type.name}.${field.name}: ${named}`).toBe(`${type.name}.${field.name}: DateRangeInput`);
      }
    }
    expect(loose).toEqual([]);
  });
});

describe('list filters by ID or slug', () => {
  let compiled: TestServer;
  let resolvers: TestServer;
  beforeAll(async () => {
    compiled = await startTestServer();
    resolvers = await startTestServer({ COMPILED_READS: 'false' });
  });
  afterAll(async () => {
    await compiled?.stop();
    await resolvers?.stop();
  });

  async function ask(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
    const [fast, reference] = await Promise.all([compiled.gql(query, variables), resolvers.gql(query, variables)]);
    expect(fast.data).toEqual(reference.data);
    expect(fast.errors?.map((e) => e.extensions?.argument)).toEqual(reference.errors?.map((e) => e.extensions?.argument));
    if (!fast.errors) expect(fast.sqlStatements).toBe(1);
    return fast;
  }

  it('mixes slugs and IDs, and follows successions for each region', async () => {
    const { region } = dataOf(await ask(`{ region(slug: "south-kazakhstan-region") { id } }`));
    const response = await ask(
      `query ($regions: [ID!]) {
        organizations(filter: { regions: $regions }, orderBy: { field: NAME, direction: ASC }) { nodes { slug } }
        events(filter: { regions: $regions }) { nodes { slug } }
        successors: organizations(filter: { regions: ["turkestan-region"], followSuccessions: true }) { totalCount }
        conference: recommendations(filter: { events: ["astana-conference-prevention-of-domestic-violence-2017-12-08"] }) { totalCount }
        campaign: events(filter: { campaigns: ["sixteen-days-without-violence-2017"] }) { nodes { slug } }
      }`,
      { regions: ['astana', region.id] },
    );
    const data = dataOf(response);
    expect(data.organizations.nodes.map((n: { slug: string }) => n.slug)).toEqual(
      expect.arrayContaining([
        'south-kazakhstan-management-for-family-affairs',
        'south-kazakhstan-social-and-psychological-support-services',
      ]),
    );
    expect(data.events.nodes.map((n: { slug: string }) => n.slug)).toContain(
      'astana-conference-prevention-of-domestic-violence-2017-12-08',
    );
    expect(data.successors.totalCount).toBe(3);
    expect(data.conference.totalCount).toBe(3);
    expect(data.campaign.nodes.map((n: { slug: string }) => n.slug)).toEqual([
      'astana-conference-prevention-of-domestic-violence-2017-12-08',
    ]);
  });

  it('reports an unknown slug as NOT_FOUND and a malformed ID as BAD_USER_INPUT, at the item', async () => {
    const unknown = await ask(`{ events(filter: { regions: ["astana", "atlantis"] }) { totalCount } }`);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'filter.regions[1]' });
    const malformed = await ask(`{ officials(filter: { organizations: ["Tm90QW5JZA"] }) { totalCount } }`);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.organizations[0]' });
  });
});

describe('links', () => {
  let server: TestServer;
  let admin: string;
  beforeAll(async () => {
    server = await startTestServer();
    admin = (await server.key('ADMIN')).key;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('are URL: written and read as link (url stays, deprecated), refused unless absolute http(s)', async () => {
    const CREATE = `mutation ($input: CreateSourceInput!) { createSource(input: $input) { source { link url } userErrors { field code } } }`;
    const input = { title: { en: 'A report with a link' }, language: 'EN', kind: 'REPORT' };
    const created = dataOf(await server.as(admin, CREATE, { input: { ...input, link: 'https://www.gov.kz/memleket/entities/prokuror' } }));
    expect(created.createSource).toEqual({
      source: { link: 'https://www.gov.kz/memleket/entities/prokuror', url: 'https://www.gov.kz/memleket/entities/prokuror' },
      userErrors: [],
    });
    for (const link of ['ftp://example.org/report.pdf', 'www.gov.kz', 'javascript:alert(1)']) {
      const refused = await server.as(admin, CREATE, { input: { ...input, link } });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.link' });
    }
  });

  it('follow the write feeds by several records and organizations, and list keys of several organizations', async () => {
    const CREATE = `mutation ($input: CreateSourceInput!) { createSource(input: $input) { source { id } } }`;
    const ids: string[] = [];
    for (const title of ['Feed one', 'Feed two', 'Feed three']) {
      ids.push(
        dataOf(await server.as(admin, CREATE, { input: { title: { en: title }, language: 'EN', kind: 'REPORT' } })).createSource.source.id,
      );
    }
    // The feed shows a change once every older transaction has ended (other test files write at the
    // same time): ask until both have appeared.
    const feed = async () =>
      dataOf(
        await server.gql(`query ($records: [ID!]) { changes(first: 50, filter: { records: $records }) { nodes { recordId } } }`, {
          records: [ids[0], ids[2]],
        }),
      ).changes.nodes as Array<{ recordId: string }>;
    let changes = await feed();
    for (let attempt = 0; changes.length < 2 && attempt < 100; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      changes = await feed();
    }
    expect(changes.map((c) => c.recordId).sort()).toEqual([ids[0], ids[2]].sort());
    const audit = dataOf(
      await server.as(
        admin,
        `query ($records: [ID!]) { auditLog(first: 50, filter: { records: $records, organizations: ["general-prosecutors-office"] }) { totalCount } }`,
        {
          records: ids,
        },
      ),
    );
    // The admin key belongs to no organization: none of its writes is one of the office's.
    expect(audit.auditLog.totalCount).toBe(0);
    const keys = await server.as(
      admin,
      `{ apiKeys(filter: { organizations: ["general-prosecutors-office", "atlantis"] }) { totalCount } }`,
    );
    expect(keys.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'filter.organizations[1]' });
  });

  it('orders the audit log and the keys both ways', async () => {
    const times = async (query: string, field: string) =>
      (dataOf(await server.as(admin, query))[field].nodes as Array<Record<string, string>>).map((node) => Object.values(node)[0]!);
    // OCCURRED_AT is the order the writes were recorded in (their rows' ids): a write's time is its
    // transaction's start, so writes committed concurrently may be a millisecond out of time order.
    const recorded = async (direction: 'ASC' | 'DESC') =>
      (await server.sql<{ at: Date }>(`SELECT occurred_at AS at FROM audit_log ORDER BY id ${direction} LIMIT 5`)).map((row) =>
        row.at.toISOString(),
      );
    // Other test files write meanwhile: an answer counts when the log was the same before and after it.
    const settled = async (query: string, direction: 'ASC' | 'DESC') => {
      for (;;) {
        const before = await recorded(direction);
        const answer = await times(query, 'auditLog');
        if (JSON.stringify(await recorded(direction)) === JSON.stringify(before)) return { answer, recorded: before };
      }
    };
    const oldest = await settled(`{ auditLog(first: 5, orderBy: { field: OCCURRED_AT, direction: ASC }) { nodes { occurredAt } } }`, 'ASC');
    const newest = await settled(`{ auditLog(first: 5) { nodes { occurredAt } } }`, 'DESC');
    expect(oldest.answer).toEqual(oldest.recorded);
    expect(newest.answer).toEqual(newest.recorded);
    expect(oldest.answer).toHaveLength(5);
    const keys = await times(`{ apiKeys(first: 5, orderBy: { field: CREATED_AT, direction: ASC }) { nodes { createdAt } } }`, 'apiKeys');
    expect(keys).toEqual([...keys].sort());
  });

  it('refuse an unknown literal too', async () => {
    const literal = await server.as(
      admin,
      `mutation { createSource(input: { title: { en: "x" }, language: EN, kind: REPORT, link: "nope" }) { source { link } } }`,
    );
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
