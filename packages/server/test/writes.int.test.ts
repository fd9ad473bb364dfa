import { globalId, startTestServer, type GraphQLResponse, type TestServer } from './harness';
import { auditCount, buildWorld, versionOf, type World } from './world';

let server: TestServer;
let w: World;
beforeAll(async () => {
  server = await startTestServer();
  w = await buildWorld(server, 'writes');
});
afterAll(async () => {
  await server.stop();
});

const CREATE_EVENT = `mutation($input: CreateEventInput!) {
  createEvent(input: $input) { event { id slug version status title organizers { role organization { slug } } sources { kind } } userErrors { field message code currentVersion } }
}`;
const UPDATE_EVENT = `mutation($input: UpdateEventInput!) {
  updateEvent(input: $input) { event { id version summary } userErrors { field message code currentVersion } }
}`;
const UPDATE_STATUS = `mutation($input: UpdateRecommendationStatusInput!) {
  updateRecommendationStatus(input: $input) { recommendation { version status history { toStatus changedBy organization { slug } } } userErrors { field code currentVersion } }
}`;

function eventInput(overrides: Record<string, unknown> = {}) {
  return {
    title: { en: 'Workshop on protection orders', ru: 'Семинар по защитным предписаниям' },
    kind: 'TRAINING',
    startsOn: '2025-03-01',
    endsOn: '2025-03-02',
    region: w.gid.district,
    organizers: [{ organization: w.gid.orgA, role: 'ORGANIZER' }],
    ...overrides,
  };
}

function codes(response: GraphQLResponse, field: string) {
  return (response.data?.[field]?.userErrors as Array<{ field: string[]; code: string }>).map((e) => [e.field?.join('.'), e.code]);
}

describe('validation', () => {
  it('reports every problem of an input at once, with the path of each field, and writes nothing', async () => {
    const before = await auditCount(server, w.keyIds.editorA);
    const response = await server.as(w.keys.editorA, CREATE_EVENT, {
      input: eventInput({
        slug: 'Not A Slug',
        title: { en: '   ', ru: 'д'.repeat(501) },
        startsOn: '2025-03-02',
        endsOn: '2025-03-01',
        region: w.gid.event,
        organizers: [
          { organization: w.gid.orgA, role: 'ORGANIZER' },
          { organization: 'no-such-organization', role: 'CO_ORGANIZER' },
        ],
        participants: [{ role: 'PARTICIPANT' }, { role: 'SPEAKER', official: globalId('Official', '999999999') }],
      }),
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.createEvent.event).toBeNull();
    expect(codes(response, 'createEvent').sort()).toEqual(
      [
        ['input.endsOn', 'INVALID'],
        ['input.organizers.1.organization', 'NOT_FOUND'],
        ['input.participants.0', 'REQUIRED'],
        ['input.participants.1.official', 'NOT_FOUND'],
        ['input.region', 'INVALID'],
        ['input.slug', 'INVALID'],
        ['input.title.ru', 'INVALID'],
      ].sort(),
    );
    expect(await auditCount(server, w.keyIds.editorA)).toBe(before);
  });

  it('reports a reference it cannot find as NOT_FOUND only, not also as named twice', async () => {
    const response = await server.as(w.keys.editorA, CREATE_EVENT, {
      input: eventInput({
        organizers: [
          { organization: w.gid.orgA, role: 'ORGANIZER' },
          { organization: 'no-such-organization', role: 'CO_ORGANIZER' },
          { organization: 'no-such-organization-either', role: 'CO_ORGANIZER' },
        ],
      }),
    });
    expect(codes(response, 'createEvent')).toEqual([
      ['input.organizers.1.organization', 'NOT_FOUND'],
      ['input.organizers.2.organization', 'NOT_FOUND'],
    ]);
  });

  it('asks for a text in at least one language', async () => {
    const response = await server.as(w.keys.editorA, CREATE_EVENT, { input: eventInput({ title: { en: '', kk: ' ' } }) });
    expect(codes(response, 'createEvent')).toEqual([['input.title', 'REQUIRED']]);
  });

  it('refuses a slug that another record has', async () => {
    const response = await server.as(w.keys.editorA, CREATE_EVENT, { input: eventInput({ slug: `${w.prefix}-event` }) });
    expect(codes(response, 'createEvent')).toEqual([['input.slug', 'TAKEN']]);
  });

  it('makes a free slug from the title when none is given, in Latin letters for Cyrillic titles', async () => {
    const first = await server.as(w.keys.editorA, CREATE_EVENT, { input: eventInput({ title: { ru: `Тренинг ${w.prefix} «Қорғау»` } }) });
    const second = await server.as(w.keys.editorA, CREATE_EVENT, { input: eventInput({ title: { ru: `Тренинг ${w.prefix} «Қорғау»` } }) });
    const slug = `trening-${w.prefix}-qorgau`;
    expect(first.data?.createEvent.event.slug).toBe(slug);
    expect(second.data?.createEvent.event.slug).toBe(`${slug}-2`);
  });

  it('answers NOT_FOUND for an update of a record that does not exist', async () => {
    const response = await server.as(w.keys.admin, UPDATE_EVENT, {
      input: { id: globalId('Event', '987654321'), version: 1, summary: { en: 'x' } },
    });
    expect(codes(response, 'updateEvent')).toEqual([['input.id', 'NOT_FOUND']]);
  });

  it('leaves enum values to the schema: an unknown one is BAD_USER_INPUT naming the argument', async () => {
    const response = await server.as(w.keys.editorA, CREATE_EVENT, { input: eventInput({ kind: 'PARTY' }) });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps an editor among the organizers of the events it writes', async () => {
    const response = await server.as(w.keys.editorA, CREATE_EVENT, {
      input: eventInput({ organizers: [{ organization: w.gid.orgB, role: 'ORGANIZER' }] }),
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses to delete a record that others still refer to, saying which', async () => {
    const response = await server.as(
      w.keys.admin,
      `mutation { deleteRegion(input: { id: "${w.gid.district}", version: 1 }) { userErrors { field message code } } }`,
    );
    const [error] = response.data!.deleteRegion.userErrors;
    expect(error).toMatchObject({ field: ['input', 'id'], code: 'INVALID' });
    expect(error.message).toMatch(/events/);
    expect(await versionOf(server, 'regions', w.ids.district)).toBe(1);
  });
});

describe('input that could corrupt or mislead', () => {
  const CREATE_SOURCE = `mutation($input: CreateSourceInput!) {
    createSource(input: $input) { source { slug kind addedBy { slug } } userErrors { field message code } }
  }`;

  it('refuses NUL characters, which PostgreSQL text cannot hold, as INVALID at the field', async () => {
    const response = await server.as(w.keys.editorA, CREATE_EVENT, {
      input: eventInput({ title: { en: 'Bad\u0000title' }, region: `${w.prefix}-district\u0000` }),
    });
    expect(response.errors).toBeUndefined();
    expect(codes(response, 'createEvent').sort()).toEqual([
      ['input.region', 'INVALID'],
      ['input.title.en', 'INVALID'],
    ]);
  });

  it('keeps the API_SUBMISSION slugs to the API, and says who added a source', async () => {
    const reserved = await server.as(w.keys.editorB, CREATE_SOURCE, {
      input: { slug: 'api-submission-key-1', title: { en: 'A lookalike' }, language: 'EN', kind: 'REPORT' },
    });
    expect(codes(reserved, 'createSource')).toEqual([['input.slug', 'INVALID']]);
    const generated = await server.as(w.keys.editorB, CREATE_SOURCE, {
      input: { title: { en: `API submission ${w.prefix}` }, language: 'EN', kind: 'REPORT' },
    });
    expect(generated.data?.createSource).toEqual({
      source: { slug: `source-api-submission-${w.prefix}`, kind: 'REPORT', addedBy: { slug: `${w.prefix}-org-b` } },
      userErrors: [],
    });
    const seeded = await server.gql(`{ node(id: "${w.gid.source}") { ... on Source { addedBy { slug } } } }`);
    expect(seeded.data?.node).toEqual({ addedBy: null });
  });

  it('bounds a recommendation’s position', async () => {
    const response = await server.as(
      w.keys.admin,
      `mutation { createRecommendation(input: { event: "${w.gid.event}", text: { en: "Far down" }, theme: SUPPORT_SERVICES, position: 2000000000 }) { userErrors { field code } } }`,
    );
    expect(response.data?.createRecommendation.userErrors).toEqual([{ field: ['input', 'position'], code: 'INVALID' }]);
  });

  it('answers a malformed date-time literal or a forged cursor with BAD_USER_INPUT, not a server error', async () => {
    const date = await server.gql(`{ changes(filter: { since: "yesterday" }) { totalCount } }`);
    expect(date.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const key of ['not a date', '2024-02-30', "2024-01-01'; --"]) {
      const forged = Buffer.from(JSON.stringify([key, '1'])).toString('base64url');
      const cursor = await server.gql(
        `query($after: String) { events(after: $after, orderBy: { field: STARTS_ON, direction: ASC }) { totalCount } }`,
        { after: forged },
      );
      expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
  });
});

describe('versions', () => {
  it('raise with every update; a stale version is a CONFLICT with the current one, and the record as it stands', async () => {
    const created = await server.as(w.keys.editorA, CREATE_EVENT, { input: eventInput() });
    const id = created.data?.createEvent.event.id;
    const first = await server.as(w.keys.editorA, UPDATE_EVENT, { input: { id, version: 1, summary: { en: 'First' } } });
    expect(first.data?.updateEvent).toEqual({ event: { id, version: 2, summary: 'First' }, userErrors: [] });
    const stale = await server.as(w.keys.editorA, UPDATE_EVENT, { input: { id, version: 1, summary: { en: 'Stale' } } });
    expect(stale.data?.updateEvent).toEqual({
      event: { id, version: 2, summary: 'First' },
      userErrors: [{ field: ['input', 'version'], code: 'CONFLICT', currentVersion: 2, message: expect.stringMatching(/version 2/) }],
    });
  });

  it('show each write as it stands after it, when one request writes the same record twice', async () => {
    const created = await server.as(w.keys.editorA, CREATE_EVENT, { input: eventInput() });
    const id = created.data?.createEvent.event.id as string;
    // The first payload loads the event (and the request's loaders keep it); the second update must
    // not be answered from that copy.
    const twice = await server.as(
      w.keys.editorA,
      `mutation($first: UpdateEventInput!, $second: UpdateEventInput!) {
        a: updateEvent(input: $first) { event { version summary } userErrors { code } }
        b: updateEvent(input: $second) { event { version summary } userErrors { code } }
      }`,
      { first: { id, version: 1, summary: { en: 'One' } }, second: { id, version: 2, summary: { en: 'Two' } } },
    );
    expect(twice.data).toEqual({
      a: { event: { version: 2, summary: 'One' }, userErrors: [] },
      b: { event: { version: 3, summary: 'Two' }, userErrors: [] },
    });
  });

  it('let exactly one of many concurrent writers with the same version win', async () => {
    const world = await buildWorld(server, 'race');
    const writers = 8;
    const responses = await Promise.all(
      Array.from({ length: writers }, (_, i) =>
        server.as(world.keys.editorA, UPDATE_STATUS, {
          input: {
            id: world.gid.recommendation,
            version: 1,
            status: i % 2 === 0 ? 'IN_PROGRESS' : 'IMPLEMENTED',
            note: { en: `writer ${i}` },
          },
        }),
      ),
    );
    const winners = responses.filter((r) => r.data?.updateRecommendationStatus.userErrors.length === 0);
    const losers = responses.filter((r) => r.data?.updateRecommendationStatus.userErrors.length > 0);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(writers - 1);
    for (const loser of losers) {
      expect(loser.data?.updateRecommendationStatus.userErrors).toEqual([
        { field: ['input', 'version'], code: 'CONFLICT', currentVersion: 2 },
      ]);
    }
    expect(await versionOf(server, 'recommendations', world.ids.recommendation)).toBe(2);
    const history = await server.sql(`SELECT count(*)::int AS n FROM recommendation_status_changes WHERE recommendation_id = $1`, [
      world.ids.recommendation,
    ]);
    expect(history[0].n).toBe(1);
    expect(await auditCount(server, world.keyIds.editorA)).toBe(2); // the status change and the key's API_SUBMISSION source
  });
});

describe('concurrent writes', () => {
  it('never let two re-parentings form a cycle between them', async () => {
    const world = await buildWorld(server, 'cycle');
    const reparent = (id: string, parent: string) =>
      server.as(
        world.keys.admin,
        `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { userErrors { field code } } }`,
        { input: { id, version: 1, parent } },
      );
    const responses = await Promise.all([reparent(world.gid.orgA, world.gid.orgB), reparent(world.gid.orgB, world.gid.orgA)]);
    const errors = responses.map((r) => r.data?.updateOrganization.userErrors);
    expect(errors).toContainEqual([]);
    expect(errors).toContainEqual([{ field: ['input', 'parent'], code: 'INVALID' }]);
    const parents = await server.sql(`SELECT count(parent_id)::int AS n FROM organizations WHERE id = ANY($1::bigint[])`, [
      [world.ids.orgA, world.ids.orgB],
    ]);
    expect(parents).toEqual([{ n: 1 }]);
  });

  it('make a key’s API_SUBMISSION source once, audited once, when its first writes race', async () => {
    const world = await buildWorld(server, 'firstwrites');
    const writes = 6;
    const responses = await Promise.all(
      Array.from({ length: writes }, () =>
        server.as(world.keys.editorA, CREATE_EVENT, {
          input: eventInput({ region: world.gid.district, organizers: [{ organization: world.gid.orgA, role: 'ORGANIZER' }] }),
        }),
      ),
    );
    for (const response of responses) expect(response.data?.createEvent.userErrors).toEqual([]);
    expect(await server.sql(`SELECT count(*)::int AS n FROM sources WHERE api_key_id = $1`, [world.keyIds.editorA])).toEqual([{ n: 1 }]);
    const audited = await server.sql(
      `SELECT record_type AS "type", count(*)::int AS n FROM audit_log WHERE api_key_id = $1 GROUP BY record_type ORDER BY record_type`,
      [world.keyIds.editorA],
    );
    expect(audited).toEqual([
      { type: 'Event', n: writes },
      { type: 'Source', n: 1 },
    ]);
  });
});

describe('transactions', () => {
  beforeAll(async () => {
    // Makes the participants' insert fail after the event and its organizers were written.
    await server.sql(`
      CREATE OR REPLACE FUNCTION qorgau_test_fail_midway() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.title->>'en' = 'FAIL MIDWAY' THEN RAISE EXCEPTION 'simulated failure midway through a write'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER qorgau_test_fail_midway BEFORE INSERT ON event_participants FOR EACH ROW EXECUTE FUNCTION qorgau_test_fail_midway();
    `);
  });
  afterAll(async () => {
    await server.sql(`DROP TRIGGER qorgau_test_fail_midway ON event_participants; DROP FUNCTION qorgau_test_fail_midway();`);
  });

  it('roll back everything when a write fails midway: no event, no organizers, no audit entry, no source', async () => {
    const world = await buildWorld(server, 'rollback');
    const slug = `${world.prefix}-half-written`;
    const response = await server.as(world.keys.editorA, CREATE_EVENT, {
      input: {
        ...eventInput({ region: world.gid.district, organizers: [{ organization: world.gid.orgA, role: 'ORGANIZER' }] }),
        slug,
        participants: [{ role: 'PARTICIPANT', title: { en: 'FAIL MIDWAY' } }],
      },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await server.sql(`SELECT id FROM events WHERE slug = $1`, [slug])).toEqual([]);
    expect(await server.sql(`SELECT 1 FROM event_organizers o JOIN events e ON e.id = o.event_id WHERE e.slug = $1`, [slug])).toEqual([]);
    expect(await auditCount(server, world.keyIds.editorA)).toBe(0);
    expect(await server.sql(`SELECT id FROM sources WHERE api_key_id = $1`, [world.keyIds.editorA])).toEqual([]);
  });

  it('roll back an update that fails midway: the version and the fields stay', async () => {
    const world = await buildWorld(server, 'rollback2');
    const response = await server.as(world.keys.editorA, UPDATE_EVENT, {
      input: {
        id: world.gid.event,
        version: 1,
        summary: { en: 'Changed' },
        participants: [{ role: 'PARTICIPANT', title: { en: 'FAIL MIDWAY' } }],
      },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const [event] = await server.sql(`SELECT version, summary FROM events WHERE id = $1`, [world.ids.event]);
    expect(event).toEqual({ version: 1, summary: null });
    expect(await server.sql(`SELECT count(*)::int AS n FROM event_participants WHERE event_id = $1`, [world.ids.event])).toEqual([
      { n: 1 },
    ]);
  });
});

describe('provenance', () => {
  it('cites the sources a write names, or else the key’s API_SUBMISSION source naming the key and its organization', async () => {
    const cited = await server.as(w.keys.editorA, CREATE_EVENT, { input: eventInput({ sourceIds: [`${w.prefix}-source`] }) });
    expect(cited.data?.createEvent.event.sources).toEqual([{ kind: 'REPORT' }]);
    const uncited = await server.as(w.keys.editorA, CREATE_EVENT, { input: eventInput() });
    expect(uncited.data?.createEvent.event.sources).toEqual([{ kind: 'API_SUBMISSION' }]);
    const [source] = await server.sql(`SELECT title, publisher FROM sources WHERE api_key_id = $1`, [w.keyIds.editorA]);
    expect(source.title.en).toBe('Submitted through the Qorgau API with the key "test editor key"');
    expect(source.publisher.en).toBe('writes organization A');
  });

  it('records who changed a status, when, with a note and evidence', async () => {
    const world = await buildWorld(server, 'status');
    const response = await server.as(world.keys.editorA, UPDATE_STATUS, {
      input: {
        id: world.gid.recommendation,
        version: 1,
        status: 'IMPLEMENTED',
        note: { en: 'Shelter opened' },
        sourceIds: [world.gid.source],
      },
    });
    expect(response.data?.updateRecommendationStatus.recommendation).toEqual({
      version: 2,
      status: 'IMPLEMENTED',
      history: [
        { toStatus: 'IMPLEMENTED', changedBy: 'status organization A (test editor key)', organization: { slug: `${world.prefix}-org-a` } },
      ],
    });
    const evidence = await server.gql(`{ recommendation(id: "${world.gid.recommendation}") { history { note sources { slug } } } }`);
    expect(evidence.data?.recommendation.history).toEqual([{ note: 'Shelter opened', sources: [{ slug: `${world.prefix}-source` }] }]);
  });
});

describe('indicator values', () => {
  const RECORD = `mutation($input: RecordIndicatorValuesInput!) {
    recordIndicatorValues(input: $input) { indicatorValues { id version value qualifier statedAs } userErrors { field code currentVersion } }
  }`;

  it('add new figures, overwrite a known one only with its version, and leave an unchanged one alone', async () => {
    const world = await buildWorld(server, 'figures');
    const figure = (value: number, version?: number) => ({
      region: world.gid.district,
      indicator: 'EVENTS_HELD',
      periodStart: '2024-01-01',
      periodEnd: '2024-03-31',
      value,
      qualifier: 'MORE_THAN',
      ...(version === undefined ? {} : { version }),
    });
    const withoutVersion = await server.as(world.keys.editorA, RECORD, { input: { pilotRegion: world.gid.pilot, values: [figure(12)] } });
    expect(withoutVersion.data?.recordIndicatorValues.userErrors).toEqual([
      { field: ['input', 'values', '0', 'version'], code: 'CONFLICT', currentVersion: 1 },
    ]);

    const overwritten = await server.as(world.keys.editorA, RECORD, {
      input: {
        pilotRegion: world.gid.pilot,
        values: [figure(12, 1), { ...figure(3), indicator: 'SERVICES_OPENED', qualifier: 'EXACT', statedAs: { en: 'three services' } }],
      },
    });
    expect(overwritten.data?.recordIndicatorValues.userErrors).toEqual([]);
    expect(overwritten.data?.recordIndicatorValues.indicatorValues).toEqual([
      { id: world.gid.indicatorValue, version: 2, value: 12, qualifier: 'MORE_THAN', statedAs: null },
      { id: expect.any(String), version: 1, value: 3, qualifier: 'EXACT', statedAs: 'three services' },
    ]);
    const audited = await auditCount(server, world.keyIds.editorA);
    const again = await server.as(world.keys.editorA, RECORD, { input: { pilotRegion: world.gid.pilot, values: [figure(12, 2)] } });
    expect(again.data?.recordIndicatorValues.indicatorValues[0].version).toBe(2);
    expect(await auditCount(server, world.keyIds.editorA)).toBe(audited);
  });

  it('leave a figure stated in several languages alone when it is sent again unchanged', async () => {
    const world = await buildWorld(server, 'figures3');
    const figure = (version?: number) => ({
      region: world.gid.district,
      indicator: 'CITIZENS_HELPED',
      periodStart: '2024-04-01',
      periodEnd: '2024-06-30',
      value: 40,
      statedAs: { en: 'about forty', ru: 'около сорока', kk: 'қырыққа жуық' },
      ...(version === undefined ? {} : { version }),
    });
    const first = await server.as(world.keys.editorA, RECORD, { input: { pilotRegion: world.gid.pilot, values: [figure()] } });
    expect(first.data?.recordIndicatorValues.indicatorValues[0].version).toBe(1);
    const audited = await auditCount(server, world.keyIds.editorA);
    const again = await server.as(world.keys.editorA, RECORD, { input: { pilotRegion: world.gid.pilot, values: [figure(1)] } });
    expect(again.data?.recordIndicatorValues.indicatorValues[0].version).toBe(1);
    expect(await auditCount(server, world.keyIds.editorA)).toBe(audited);
  });

  it('refuse figures of regions outside the pilot and repeated keys', async () => {
    const world = await buildWorld(server, 'figures2');
    const elsewhere = await server.sql(
      `INSERT INTO regions (slug, name, kind) VALUES ($1, '{"en":"Elsewhere"}', 'REGION') RETURNING id::text AS id`,
      [`${world.prefix}-elsewhere`],
    );
    const base = { indicator: 'PEOPLE_REACHED', periodStart: '2025-01-01', periodEnd: '2025-03-31', value: 5 };
    const response = await server.as(world.keys.editorA, RECORD, {
      input: {
        pilotRegion: world.gid.pilot,
        values: [
          { ...base, region: globalId('Region', elsewhere[0].id) },
          { ...base, region: world.gid.district },
          { ...base, region: world.gid.district },
          { ...base, region: world.gid.district, periodEnd: '2024-12-31' },
        ],
      },
    });
    expect(codes(response, 'recordIndicatorValues').sort()).toEqual(
      [
        ['input.values.0.region', 'INVALID'],
        ['input.values.2', 'INVALID'],
        ['input.values.3.periodEnd', 'INVALID'],
      ].sort(),
    );
  });
});

describe('appointing officials', () => {
  it('adds a new official with their first post, for an editor of the post’s organization', async () => {
    const response = await server.as(
      w.keys.editorA,
      `mutation { appointOfficial(input: { newOfficial: { fullName: { en: "Aigerim Nurlanova", kk: "Айгерім Нұрланова" } }, organization: "${w.gid.orgA}", title: { en: "Head of the crisis centre" }, startedOn: "2025-09-01" }) {
        official { slug fullName posts { title isCurrent organization { slug } } } post { id version } userErrors { code } } }`,
    );
    expect(response.data?.appointOfficial).toMatchObject({
      official: {
        slug: 'aigerim-nurlanova',
        fullName: 'Aigerim Nurlanova',
        posts: [{ title: 'Head of the crisis centre', isCurrent: true, organization: { slug: `${w.prefix}-org-a` } }],
      },
      post: { version: 1 },
      userErrors: [],
    });
    const node = await server.gql(
      `{ node(id: "${response.data?.appointOfficial.post.id}") { __typename ... on Post { title official { slug } } } }`,
    );
    expect(node.data?.node).toEqual({ __typename: 'Post', title: 'Head of the crisis centre', official: { slug: 'aigerim-nurlanova' } });
  });

  it('takes exactly one of official and newOfficial', async () => {
    const response = await server.as(
      w.keys.editorA,
      `mutation { appointOfficial(input: { organization: "${w.gid.orgA}", title: { en: "Clerk" } }) { userErrors { field code } } }`,
    );
    expect(response.data?.appointOfficial.userErrors).toEqual([{ field: ['input', 'official'], code: 'REQUIRED' }]);
  });
});
