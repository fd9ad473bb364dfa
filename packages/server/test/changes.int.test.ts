import { Client } from 'pg';
import { readHarnessDatabaseUrl } from '../src/config/env';
import { globalId, startTestServer, type TestServer } from './harness';
import { auditCount, buildWorld, type World } from './world';

let server: TestServer;
let w: World;
beforeAll(async () => {
  server = await startTestServer();
  w = await buildWorld(server, 'changes');
});
afterAll(async () => {
  await server.stop();
});

const UPDATE_EVENT = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { event { version } userErrors { code } } }`;
const CHANGES = `query($filter: ChangeFilter, $after: String, $first: Int) {
  changes(filter: $filter, after: $after, first: $first) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { recordType recordId action changedFields changedAt organization { slug } record { __typename id } }
  }
}`;

/** The change feed shows a change once every older transaction has ended; tests of other files may hold one briefly. */
async function changesOf(filter: Record<string, unknown>, expected: number, after?: string) {
  for (let attempt = 0; ; attempt += 1) {
    const response = await server.gql(CHANGES, { filter, after, first: 100 });
    const changes = response.data?.changes;
    if (changes.nodes.length >= expected || attempt === 50) return changes;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the audit log', () => {
  it('holds exactly one entry per successful write, none for refused ones, in the same transaction', async () => {
    const world = await buildWorld(server, 'audit');
    const attempts = [
      { version: 1, summary: { en: 'one' } },
      { version: 1, summary: { en: 'stale' } }, // CONFLICT
      { version: 2, summary: { en: 'two' } },
      { version: 3, endsOn: '2000-01-01' }, // INVALID: before startsOn
      { version: 3, summary: { en: 'three' } },
    ];
    let succeeded = 0;
    for (const attempt of attempts) {
      const response = await server.as(world.keys.editorA, UPDATE_EVENT, {
        input: { id: world.gid.event, sourceIds: [world.gid.source], ...attempt },
      });
      if (response.data?.updateEvent.userErrors.length === 0) succeeded += 1;
    }
    const forbidden = await server.as(world.keys.editorB, UPDATE_EVENT, {
      input: { id: world.gid.event, version: 4, summary: { en: 'no' } },
    });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(succeeded).toBe(3);
    expect(await auditCount(server, world.keyIds.editorA)).toBe(succeeded);
    expect(await auditCount(server, world.keyIds.editorB)).toBe(0);
  });

  it('records the deletion of a record’s parts that are records of their own, each with its snapshot, before the record’s', async () => {
    const world = await buildWorld(server, 'parts');
    await server.sql(`INSERT INTO record_sources (record_type, record_id, source_id) VALUES ('IndicatorValue', $1, $2)`, [
      world.ids.indicatorValue,
      world.ids.source,
    ]);
    const response = await server.as(
      world.keys.admin,
      `mutation { deletePilotRegion(input: { id: "${world.gid.pilot}", version: 1 }) { deletedPilotRegionId userErrors { code } } }`,
    );
    expect(response.data?.deletePilotRegion).toEqual({ deletedPilotRegionId: world.gid.pilot, userErrors: [] });
    const entries = await server.sql(
      `SELECT record_type AS "type", action, before, changed_fields AS "changedFields" FROM audit_log WHERE api_key_id = $1 ORDER BY id`,
      [world.keyIds.admin],
    );
    expect(entries.map((entry) => [entry.type, entry.action, entry.changedFields])).toEqual([
      ['IndicatorValue', 'DELETE', []],
      ['PilotRegion', 'DELETE', []],
    ]);
    expect(entries[0].before).toMatchObject({
      id: world.gid.indicatorValue,
      pilotRegion: world.gid.pilot,
      indicator: 'EVENTS_HELD',
      value: 10,
      sources: [world.gid.source],
    });
    expect(entries[1].before).toMatchObject({ id: world.gid.pilot, sources: [] });
    expect(
      await server.sql(`SELECT count(*)::int AS n FROM record_sources WHERE record_type = 'IndicatorValue' AND record_id = $1`, [
        world.ids.indicatorValue,
      ]),
    ).toEqual([{ n: 0 }]);
    const feed = await changesOf({ recordTypes: ['IndicatorValue'], record: world.gid.indicatorValue }, 1);
    expect(feed.nodes.map((c: { action: string }) => c.action)).toEqual(['DELETE']);
  });

  it('keeps who, what, before, after and the request, for admins only', async () => {
    const world = await buildWorld(server, 'audit2');
    const requestId = `${world.prefix}-request`;
    const response = await server.gql(
      UPDATE_EVENT,
      { input: { id: world.gid.event, version: 1, summary: { en: 'Audited' }, sourceIds: [world.gid.source] } },
      { authorization: `Bearer ${world.keys.editorA}`, 'x-request-id': requestId },
    );
    expect(response.headers.get('x-request-id')).toBe(requestId);
    const query = `{ auditLog(first: 5, filter: { record: "${world.gid.event}" }) { totalCount nodes {
      operation action recordType recordId actor changedFields requestId before after apiKey { name } organization { slug } record { id } } } }`;
    const log = await server.as(world.keys.admin, query);
    expect(log.data?.auditLog.totalCount).toBe(1);
    const [entry] = log.data!.auditLog.nodes;
    expect(entry).toMatchObject({
      operation: 'updateEvent',
      action: 'UPDATE',
      recordType: 'Event',
      recordId: world.gid.event,
      actor: 'test editor key',
      changedFields: ['sources', 'summary'],
      requestId,
      apiKey: { name: 'test editor key' },
      organization: { slug: `${world.prefix}-org-a` },
      record: { id: world.gid.event },
    });
    expect(entry.before).toMatchObject({ summary: null, version: 1, organizers: [{ organization: world.gid.orgA, role: 'ORGANIZER' }] });
    expect(entry.after).toMatchObject({ summary: { en: 'Audited' }, version: 2, sources: [world.gid.source] });
    const byKey = await server.as(
      world.keys.admin,
      `{ auditLog(filter: { apiKey: "${globalId('ApiKey', world.keyIds.editorA)}" }) { totalCount } }`,
    );
    expect(byKey.data?.auditLog.totalCount).toBe(1);
  });

  it('records key management, never the key itself', async () => {
    const created = await server.as(
      w.keys.admin,
      `mutation { createApiKey(input: { name: "audited key", role: ADMIN }) { key apiKey { id } } }`,
    );
    const { key, apiKey } = created.data!.createApiKey;
    const log = await server.as(
      w.keys.admin,
      `{ auditLog(first: 1, filter: { record: "${apiKey.id}" }) { nodes { operation recordType after } } }`,
    );
    expect(log.data?.auditLog.nodes[0]).toMatchObject({
      operation: 'createApiKey',
      recordType: 'ApiKey',
      after: { name: 'audited key', role: 'ADMIN' },
    });
    expect(JSON.stringify(log.data)).not.toContain(key.slice(4, 20));
  });
});

describe('the change feed', () => {
  it('is public and shows creations, updates and deletions with their fields and organization, never keys', async () => {
    const world = await buildWorld(server, 'feed');
    await server.as(world.keys.editorA, UPDATE_EVENT, { input: { id: world.gid.event, version: 1, summary: { en: 'Public' } } });
    const deleted = await server.as(
      world.keys.editorA,
      `mutation { deletePost(input: { id: "${world.gid.post}", version: 1 }) { deletedPostId userErrors { code } } }`,
    );
    expect(deleted.data?.deletePost.deletedPostId).toBe(world.gid.post);
    const changes = await changesOf({ organization: world.gid.orgA }, 3);
    expect(
      changes.nodes.map((c: { recordType: string; action: string; changedFields: string[] }) => [c.recordType, c.action, c.changedFields]),
    ).toEqual([
      ['Source', 'CREATE', ['addedBy', 'apiKey', 'kind', 'language', 'publisher', 'slug', 'title']],
      ['Event', 'UPDATE', ['sources', 'summary']],
      ['Post', 'DELETE', []],
    ]);
    const [, event, post] = changes.nodes;
    expect(event).toMatchObject({
      recordId: world.gid.event,
      organization: { slug: `${world.prefix}-org-a` },
      record: { __typename: 'Event', id: world.gid.event },
    });
    expect(post).toMatchObject({ recordId: world.gid.post, record: null });
    expect(JSON.stringify(changes)).not.toMatch(/test editor key|qgk_/);
  });

  it('lets an app sync: after the last cursor come exactly the changes committed since', async () => {
    const world = await buildWorld(server, 'sync');
    const filter = { recordTypes: ['Event'], record: world.gid.event };
    const first = await server.as(world.keys.editorA, UPDATE_EVENT, { input: { id: world.gid.event, version: 1, summary: { en: 'a' } } });
    expect(first.data?.updateEvent.userErrors).toEqual([]);
    const page = await changesOf(filter, 1);
    expect(page.nodes).toHaveLength(1);
    const cursor = page.pageInfo.endCursor;
    await server.as(world.keys.editorA, UPDATE_EVENT, { input: { id: world.gid.event, version: 2, summary: { en: 'b' } } });
    await server.as(world.keys.editorA, UPDATE_EVENT, { input: { id: world.gid.event, version: 3, city: { en: 'Shymkent' } } });
    const next = await changesOf(filter, 2, cursor);
    expect(next.nodes.map((c: { changedFields: string[] }) => c.changedFields)).toEqual([['summary'], ['city']]);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it('holds back a committed change while an older transaction is still open, so a cursor never skips one', async () => {
    const world = await buildWorld(server, 'order');
    const filter = { record: world.gid.event };
    const older = new Client({ connectionString: readHarnessDatabaseUrl() });
    await older.connect();
    try {
      await older.query('BEGIN');
      await older.query('SELECT pg_current_xact_id()');
      const response = await server.as(world.keys.editorA, UPDATE_EVENT, {
        input: { id: world.gid.event, version: 1, summary: { en: 'late' } },
      });
      expect(response.data?.updateEvent.userErrors).toEqual([]);
      const hidden = await server.gql(CHANGES, { filter });
      expect(hidden.data?.changes.nodes).toEqual([]);
    } finally {
      await older.query('COMMIT');
      await older.end();
    }
    expect((await changesOf(filter, 1)).nodes).toHaveLength(1);
  });

  it('refuses filters naming unknown types', async () => {
    const response = await server.gql(CHANGES, { filter: { recordTypes: ['Event', 'Victim'] } });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.recordTypes[1]' });
  });
});

describe('lists for apps that sync', () => {
  it('take updatedSince and order by UPDATED_AT', async () => {
    const world = await buildWorld(server, 'since');
    const [{ now }] = await server.sql(`SELECT now()::text AS now`);
    await server.as(world.keys.editorA, UPDATE_EVENT, { input: { id: world.gid.event, version: 1, summary: { en: 'recent' } } });
    const response = await server.gql(
      `query($since: DateTime!, $region: ID!) {
        events(filter: { updatedSince: $since, region: $region }, orderBy: { field: UPDATED_AT, direction: DESC }) { nodes { id } }
        organizations(filter: { updatedSince: $since, region: $region }, orderBy: { field: UPDATED_AT, direction: DESC }) { nodes { id } }
        programmes(filter: { updatedSince: $since }, orderBy: { field: UPDATED_AT, direction: ASC }) { totalCount }
        pilotRegions(filter: { updatedSince: $since, region: $region }, orderBy: { field: UPDATED_AT, direction: ASC }) { totalCount }
      }`,
      { since: new Date(now).toISOString(), region: world.gid.oblast },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.events.nodes).toEqual([{ id: world.gid.event }]);
    expect(response.data?.organizations.nodes).toEqual([]);
    expect(response.data?.pilotRegions.totalCount).toBe(0);
  });
});
