import { globalId, startTestServer, type GraphQLResponse, type TestServer } from './harness';
import { addOrganizer } from './fixtures';
import { buildWorld, versionOf, type World } from './world';

// The access rules of DESIGN.md, mutation by mutation: anonymous requests are UNAUTHENTICATED, an
// EDITOR of another organization is FORBIDDEN, an EDITOR of the owning organization may write what
// belongs to it (and nothing else), an ADMIN writes everything. A refusal changes nothing: no audit
// entry, no new row, the target's version as it was.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

type Principal = 'anonymous' | 'editorB' | 'editorA' | 'admin';

interface Case {
  mutation: string;
  /** Extra records the mutation works on (made fresh for each world). */
  setup?: (w: World) => Promise<Record<string, string>>;
  input: (w: World, extra: Record<string, string>) => Record<string, unknown>;
  /** What the EDITOR of organization A (the owner of the world's records) may do. */
  editorA: 'ok' | 'forbidden';
  /** Set where any key may write, even an EDITOR of another organization (adding a source to cite). */
  anyKey?: true;
  /** The record an update or delete targets: its table and id, to check that a refusal left it alone. */
  target?: (w: World, extra: Record<string, string>) => { table: string; id: string };
  /** For a creation: the table and slug that must not exist after a refusal. */
  creates?: (w: World) => { table: string; slug: string };
}

const text = (en: string) => ({ en });
let serial = 0;
const fresh = (w: World, what: string) => `${w.prefix}-${what}-${(serial += 1)}`;

async function insertId(sql: string, params: unknown[]): Promise<string> {
  return (await server.sql<{ id: string }>(sql, params))[0]!.id;
}

const CASES: Case[] = [
  {
    mutation: 'createSource',
    input: (w) => ({ slug: `${w.prefix}-new-source`, title: text('A new report'), language: 'EN', kind: 'REPORT' }),
    editorA: 'ok',
    anyKey: true,
    creates: (w) => ({ table: 'sources', slug: `${w.prefix}-new-source` }),
  },
  {
    mutation: 'updateSource',
    input: (w) => ({ id: w.gid.source, version: 1, title: text('Renamed report') }),
    editorA: 'forbidden',
    target: (w) => ({ table: 'sources', id: w.ids.source }),
  },
  {
    mutation: 'deleteSource',
    input: (w) => ({ id: w.gid.source, version: 1 }),
    editorA: 'forbidden',
    target: (w) => ({ table: 'sources', id: w.ids.source }),
  },
  {
    mutation: 'createRegion',
    input: (w) => ({ slug: `${w.prefix}-new-region`, name: text('New district'), kind: 'DISTRICT', parent: w.gid.oblast }),
    editorA: 'forbidden',
    creates: (w) => ({ table: 'regions', slug: `${w.prefix}-new-region` }),
  },
  {
    mutation: 'updateRegion',
    input: (w) => ({ id: w.gid.district, version: 1, note: text('Renamed in 2025') }),
    editorA: 'forbidden',
    target: (w) => ({ table: 'regions', id: w.ids.district }),
  },
  {
    mutation: 'deleteRegion',
    setup: async (w) => ({
      leaf: await insertId(
        `INSERT INTO regions (slug, name, kind, parent_id) VALUES ($1, '{"en":"Leaf"}', 'CITY', $2) RETURNING id::text AS id`,
        [fresh(w, 'leaf'), w.ids.district],
      ),
    }),
    input: (_w, x) => ({ id: globalId('Region', x.leaf!), version: 1 }),
    editorA: 'forbidden',
    target: (_w, x) => ({ table: 'regions', id: x.leaf! }),
  },
  {
    mutation: 'createOrganization',
    input: (w) => ({ slug: `${w.prefix}-new-org`, name: text('New crisis centre'), kind: 'SUPPORT_SERVICE', region: w.gid.district }),
    editorA: 'forbidden',
    creates: (w) => ({ table: 'organizations', slug: `${w.prefix}-new-org` }),
  },
  {
    mutation: 'updateOrganization',
    input: (w) => ({
      id: w.gid.orgA,
      version: 1,
      contacts: [{ kind: 'PHONE', value: '8 (7172) 00 00 00' }],
      serviceProfile: { freeOfCharge: true },
    }),
    editorA: 'ok',
    target: (w) => ({ table: 'organizations', id: w.ids.orgA }),
  },
  {
    mutation: 'deleteOrganization',
    setup: async (w) => ({
      lonely: await insertId(
        `INSERT INTO organizations (slug, name, kind) VALUES ($1, '{"en":"Lonely NGO"}', 'NGO') RETURNING id::text AS id`,
        [fresh(w, 'lonely')],
      ),
    }),
    input: (_w, x) => ({ id: globalId('Organization', x.lonely!), version: 1 }),
    editorA: 'forbidden',
    target: (_w, x) => ({ table: 'organizations', id: x.lonely! }),
  },
  {
    mutation: 'createOfficial',
    input: (w) => ({ slug: `${w.prefix}-new-official`, fullName: text('New Official') }),
    editorA: 'forbidden',
    creates: (w) => ({ table: 'officials', slug: `${w.prefix}-new-official` }),
  },
  {
    mutation: 'updateOfficial',
    input: (w) => ({ id: w.gid.official, version: 1, fullName: { en: 'Renamed Official', ru: 'Переименованный' } }),
    editorA: 'ok',
    target: (w) => ({ table: 'officials', id: w.ids.official }),
  },
  {
    mutation: 'deleteOfficial',
    setup: async (w) => {
      const official = await insertId(`INSERT INTO officials (slug, full_name) VALUES ($1, '{"en":"Retired"}') RETURNING id::text AS id`, [
        fresh(w, 'retired'),
      ]);
      await server.sql(`INSERT INTO posts (official_id, organization_id, title) VALUES ($1, $2, '{"en":"Clerk"}')`, [official, w.ids.orgA]);
      return { official };
    },
    input: (_w, x) => ({ id: globalId('Official', x.official!), version: 1 }),
    editorA: 'forbidden',
    target: (_w, x) => ({ table: 'officials', id: x.official! }),
  },
  {
    mutation: 'appointOfficial',
    input: (w) => ({ official: w.gid.official, organization: w.gid.orgA, title: text('Deputy head'), startedOn: '2025-01-01' }),
    editorA: 'ok',
    target: (w) => ({ table: 'officials', id: w.ids.official }),
  },
  {
    mutation: 'updatePost',
    input: (w) => ({ id: w.gid.post, version: 1, title: text('Head of department') }),
    editorA: 'ok',
    target: (w) => ({ table: 'posts', id: w.ids.post }),
  },
  {
    mutation: 'endPost',
    input: (w) => ({ id: w.gid.post, version: 1, endedOn: '2025-06-30' }),
    editorA: 'ok',
    target: (w) => ({ table: 'posts', id: w.ids.post }),
  },
  {
    mutation: 'deletePost',
    input: (w) => ({ id: w.gid.post, version: 1 }),
    editorA: 'ok',
    target: (w) => ({ table: 'posts', id: w.ids.post }),
  },
  {
    mutation: 'createEvent',
    input: (w) => ({
      slug: `${w.prefix}-new-event`,
      title: text('Seminar for social workers'),
      kind: 'TRAINING',
      startsOn: '2025-02-10',
      region: w.gid.district,
      organizers: [{ organization: w.gid.orgA, role: 'ORGANIZER' }],
      participants: [{ role: 'SPEAKER', official: w.gid.official }],
    }),
    editorA: 'ok',
    creates: (w) => ({ table: 'events', slug: `${w.prefix}-new-event` }),
  },
  {
    mutation: 'updateEvent',
    input: (w) => ({ id: w.gid.event, version: 1, summary: text('Two days of training') }),
    editorA: 'ok',
    target: (w) => ({ table: 'events', id: w.ids.event }),
  },
  {
    mutation: 'deleteEvent',
    setup: async (w) => {
      const event = await insertId(
        `INSERT INTO events (slug, title, kind, status) VALUES ($1, '{"en":"Cancelled"}', 'MEETING', 'CANCELLED') RETURNING id::text AS id`,
        [fresh(w, 'cancelled')],
      );
      await server.sql(`INSERT INTO event_organizers (event_id, organization_id, role) VALUES ($1, $2, 'ORGANIZER')`, [event, w.ids.orgA]);
      return { event };
    },
    input: (_w, x) => ({ id: globalId('Event', x.event!), version: 1 }),
    editorA: 'ok',
    target: (_w, x) => ({ table: 'events', id: x.event! }),
  },
  {
    mutation: 'createProgramme',
    input: (w) => ({ slug: `${w.prefix}-new-programme`, name: text('Safe families'), leadOrganization: w.gid.orgA }),
    editorA: 'forbidden',
    creates: (w) => ({ table: 'programmes', slug: `${w.prefix}-new-programme` }),
  },
  {
    mutation: 'updateProgramme',
    input: (w) => ({ id: w.gid.programme, version: 1, description: text('Now national') }),
    editorA: 'forbidden',
    target: (w) => ({ table: 'programmes', id: w.ids.programme }),
  },
  {
    mutation: 'deleteProgramme',
    setup: async (w) => ({
      programme: await insertId(`INSERT INTO programmes (slug, name) VALUES ($1, '{"en":"Abandoned"}') RETURNING id::text AS id`, [
        fresh(w, 'abandoned'),
      ]),
    }),
    input: (_w, x) => ({ id: globalId('Programme', x.programme!), version: 1 }),
    editorA: 'forbidden',
    target: (_w, x) => ({ table: 'programmes', id: x.programme! }),
  },
  {
    mutation: 'createPilotRegion',
    input: (w) => ({
      slug: `${w.prefix}-new-pilot`,
      name: text('District pilot'),
      programme: w.gid.programme,
      region: w.gid.district,
      startedOn: '2025-01-01',
      areas: [{ name: text('3 villages'), unitCount: 3, region: w.gid.district }],
      measures: [{ kind: 'SERVICE_OPENED', status: 'ESTABLISHED', title: text('A hotline'), organization: w.gid.orgA }],
    }),
    editorA: 'forbidden',
    creates: (w) => ({ table: 'pilot_regions', slug: `${w.prefix}-new-pilot` }),
  },
  {
    mutation: 'updatePilotRegion',
    input: (w) => ({ id: w.gid.pilot, version: 1, status: 'COMPLETED' }),
    editorA: 'forbidden',
    target: (w) => ({ table: 'pilot_regions', id: w.ids.pilot }),
  },
  {
    mutation: 'deletePilotRegion',
    input: (w) => ({ id: w.gid.pilot, version: 1 }),
    editorA: 'forbidden',
    target: (w) => ({ table: 'pilot_regions', id: w.ids.pilot }),
  },
  {
    mutation: 'recordIndicatorValues',
    input: (w) => ({
      pilotRegion: w.gid.pilot,
      values: [
        {
          region: w.gid.district,
          indicator: 'CITIZENS_HELPED',
          periodStart: '2024-01-01',
          periodEnd: '2024-03-31',
          value: 120,
          qualifier: 'MORE_THAN',
        },
      ],
    }),
    editorA: 'ok',
    target: (w) => ({ table: 'pilot_regions', id: w.ids.pilot }),
  },
  {
    mutation: 'deleteIndicatorValue',
    input: (w) => ({ id: w.gid.indicatorValue, version: 1 }),
    editorA: 'ok',
    target: (w) => ({ table: 'indicator_values', id: w.ids.indicatorValue }),
  },
  {
    mutation: 'createRecommendation',
    input: (w) => ({
      slug: `${w.prefix}-new-recommendation`,
      event: w.gid.event,
      text: text('Open a shelter'),
      theme: 'SUPPORT_SERVICES',
      responsibleOrganizations: [w.gid.orgA],
    }),
    editorA: 'forbidden',
    creates: (w) => ({ table: 'recommendations', slug: `${w.prefix}-new-recommendation` }),
  },
  {
    mutation: 'updateRecommendation',
    input: (w) => ({ id: w.gid.recommendation, version: 1, dueOn: '2026-12-31' }),
    editorA: 'forbidden',
    target: (w) => ({ table: 'recommendations', id: w.ids.recommendation }),
  },
  {
    mutation: 'updateRecommendationStatus',
    input: (w) => ({ id: w.gid.recommendation, version: 1, status: 'IN_PROGRESS', note: text('Working group formed') }),
    editorA: 'ok',
    target: (w) => ({ table: 'recommendations', id: w.ids.recommendation }),
  },
  {
    mutation: 'deleteRecommendation',
    input: (w) => ({ id: w.gid.recommendation, version: 1 }),
    editorA: 'forbidden',
    target: (w) => ({ table: 'recommendations', id: w.ids.recommendation }),
  },
  {
    mutation: 'createApiKey',
    input: (w) => ({ name: `${w.prefix} new key`, role: 'EDITOR', organization: w.gid.orgB }),
    editorA: 'forbidden',
  },
  {
    mutation: 'revokeApiKey',
    setup: async (w) => ({ key: (await server.key('EDITOR', w.ids.orgB, 'to revoke')).id }),
    input: (_w, x) => ({ id: globalId('ApiKey', x.key!) }),
    editorA: 'forbidden',
  },
];

function inputTypeOf(mutation: string): string {
  return mutation.startsWith('delete') ? 'DeleteRecordInput' : `${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Input`;
}

async function run(c: Case, w: World, extra: Record<string, string>, principal: Principal): Promise<GraphQLResponse> {
  const document = `mutation Run($input: ${inputTypeOf(c.mutation)}!) { result: ${c.mutation}(input: $input) { userErrors { field message code } } }`;
  const variables = { input: c.input(w, extra) };
  if (principal === 'anonymous') return server.gql(document, variables);
  const key = principal === 'admin' ? w.keys.admin : principal === 'editorA' ? w.keys.editorA : w.keys.editorB;
  return server.as(key, document, variables);
}

async function stateOf(c: Case, w: World, extra: Record<string, string>): Promise<unknown> {
  const audit = await server.sql(`SELECT count(*)::int AS n FROM audit_log WHERE api_key_id = ANY($1::bigint[])`, [
    Object.values(w.keyIds),
  ]);
  const changes = await server.sql(`SELECT count(*)::int AS n FROM record_changes WHERE organization_id = ANY($1::bigint[])`, [
    [w.ids.orgA, w.ids.orgB],
  ]);
  const target = c.target ? c.target(w, extra) : null;
  const row = target
    ? await server.sql(`SELECT to_jsonb(t) - 'search_vector' AS row FROM ${target.table} t WHERE id = $1`, [target.id])
    : null;
  const created = c.creates
    ? await server.sql(`SELECT count(*)::int AS n FROM ${c.creates(w).table} WHERE slug = $1`, [c.creates(w).slug])
    : null;
  const keys = await server.sql(`SELECT count(*)::int AS n, count(revoked_at)::int AS revoked FROM api_keys`);
  return { audit, changes, row, created, keys: c.mutation.endsWith('ApiKey') ? keys : null };
}

function refusedWith(response: GraphQLResponse, code: string): void {
  expect(response.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  expect(response.data?.result ?? null).toBeNull();
}

function succeeded(response: GraphQLResponse): void {
  expect(response.errors).toBeUndefined();
  expect(response.data?.result?.userErrors).toEqual([]);
}

describe('the authorization matrix', () => {
  it('covers every mutation of the schema', async () => {
    const response = await server.gql(`{ __schema { mutationType { fields { name } } } }`);
    const mutations = (response.data?.__schema.mutationType.fields as Array<{ name: string }>).map((f) => f.name).sort();
    expect(CASES.map((c) => c.mutation).sort()).toEqual(mutations);
  });

  describe.each(CASES.map((c) => [c.mutation, c] as const))('%s', (_name, c) => {
    it('refuses anonymous requests and editors of other organizations, changing nothing; the owner and an admin write', async () => {
      const w = await buildWorld(server, c.mutation.toLowerCase().slice(0, 12));
      const extra = c.setup ? await c.setup(w) : {};
      const before = await stateOf(c, w, extra);

      refusedWith(await run(c, w, extra, 'anonymous'), 'UNAUTHENTICATED');
      if (!c.anyKey) refusedWith(await run(c, w, extra, 'editorB'), 'FORBIDDEN');
      if (c.editorA === 'forbidden') refusedWith(await run(c, w, extra, 'editorA'), 'FORBIDDEN');
      expect(await stateOf(c, w, extra)).toEqual(before);

      const writer: Principal = c.anyKey ? 'editorB' : c.editorA === 'ok' ? 'editorA' : 'admin';
      succeeded(await run(c, w, extra, writer));
      expect(await stateOf(c, w, extra)).not.toEqual(before);

      if (writer !== 'admin') {
        // The admin may do it as well, on a world of its own.
        const other = await buildWorld(server, c.mutation.toLowerCase().slice(0, 12));
        succeeded(await run(c, other, c.setup ? await c.setup(other) : {}, 'admin'));
      }
    });
  });
});

describe('records shared between organizations', () => {
  const UPDATE_OFFICIAL = `mutation($input: UpdateOfficialInput!) { result: updateOfficial(input: $input) { official { version } userErrors { field code } } }`;
  const UPDATE_EVENT = `mutation($input: UpdateEventInput!) {
    result: updateEvent(input: $input) { event { version organizers { role organization { slug } } } userErrors { field code } }
  }`;
  const DELETE_EVENT = `mutation($input: DeleteRecordInput!) { result: deleteEvent(input: $input) { deletedEventId userErrors { field code } } }`;
  const UPDATE_ORGANIZATION = `mutation($input: UpdateOrganizationInput!) { result: updateOrganization(input: $input) { organization { version kind slug } userErrors { field code } } }`;

  it('an official with posts in two organizations is not either editor’s to rewrite', async () => {
    const w = await buildWorld(server, 'sharedofficial');
    await server.sql(`INSERT INTO posts (official_id, organization_id, title) VALUES ($1, $2, '{"en":"Adviser"}')`, [
      w.ids.official,
      w.ids.orgB,
    ]);
    const input = { id: w.gid.official, version: 1, fullName: { en: 'Taken over' } };
    for (const key of [w.keys.editorA, w.keys.editorB]) {
      const response = await server.as(key, UPDATE_OFFICIAL, { input });
      refusedWith(response, 'FORBIDDEN');
      expect(response.errors?.[0]?.message).toMatch(/other organizations too/);
    }
    expect(await versionOf(server, 'officials', w.ids.official)).toBe(1);
    succeeded(await server.as(w.keys.admin, UPDATE_OFFICIAL, { input }));
  });

  it('a co-organizer may edit a shared event and add organizers, but not drop or change the others’ entries, nor delete it', async () => {
    const w = await buildWorld(server, 'sharedevent');
    await addOrganizer(server.sql, w.ids.event, w.ids.orgB, 'CO_ORGANIZER', 1);
    const mine = { organization: w.gid.orgB, role: 'CO_ORGANIZER' };
    const theirs = { organization: w.gid.orgA, role: 'ORGANIZER' };

    const dropped = await server.as(w.keys.editorB, UPDATE_EVENT, { input: { id: w.gid.event, version: 1, organizers: [mine] } });
    refusedWith(dropped, 'FORBIDDEN');
    expect(dropped.errors?.[0]?.message).toMatch(/another organization's entry/);
    const demoted = await server.as(w.keys.editorB, UPDATE_EVENT, {
      input: { id: w.gid.event, version: 1, organizers: [mine, { ...theirs, role: 'CO_ORGANIZER' }] },
    });
    refusedWith(demoted, 'FORBIDDEN');
    refusedWith(await server.as(w.keys.editorB, DELETE_EVENT, { input: { id: w.gid.event, version: 1 } }), 'FORBIDDEN');
    refusedWith(await server.as(w.keys.editorA, DELETE_EVENT, { input: { id: w.gid.event, version: 1 } }), 'FORBIDDEN');
    expect(await versionOf(server, 'events', w.ids.event)).toBe(1);

    // Its own entry and the event's fields are the co-organizer's to change.
    const promoted = await server.as(w.keys.editorB, UPDATE_EVENT, {
      input: { id: w.gid.event, version: 1, summary: { en: 'Shared' }, organizers: [theirs, { ...mine, role: 'ORGANIZER' }] },
    });
    succeeded(promoted);
    expect(promoted.data?.result.event.organizers).toEqual([
      { role: 'ORGANIZER', organization: { slug: `${w.prefix}-org-a` } },
      { role: 'ORGANIZER', organization: { slug: `${w.prefix}-org-b` } },
    ]);
  });

  it('an editor may change its organization’s profile but not its kind, parent or slug', async () => {
    const w = await buildWorld(server, 'orgidentity');
    for (const change of [{ kind: 'NGO' }, { parent: w.gid.orgB }, { slug: `${w.prefix}-renamed` }]) {
      const response = await server.as(w.keys.editorA, UPDATE_ORGANIZATION, { input: { id: w.gid.orgA, version: 1, ...change } });
      refusedWith(response, 'FORBIDDEN');
      expect(response.errors?.[0]?.message).toContain(Object.keys(change)[0]);
    }
    expect(await versionOf(server, 'organizations', w.ids.orgA)).toBe(1);
    const admin = await server.as(w.keys.admin, UPDATE_ORGANIZATION, { input: { id: w.gid.orgA, version: 1, kind: 'NGO' } });
    succeeded(admin);
    expect(admin.data?.result.organization).toEqual({ version: 2, kind: 'NGO', slug: `${w.prefix}-org-a` });
  });
});
