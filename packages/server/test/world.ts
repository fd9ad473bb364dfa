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
import { globalId, type TestServer } from './harness';

/**
 * A small registry of its own for write tests: organization A owns an event (with a participant), a
 * recommendation it is responsible for, an official with a post in it, and a programme it leads with
 * a pilot and a figure; organization B owns nothing. Keys: an ADMIN, an EDITOR of A, an EDITOR of B.
 */
export interface World {
  prefix: string;
  /** Database ids. */
  ids: Record<
    | 'oblast'
    | 'district'
    | 'orgA'
    | 'orgB'
    | 'official'
    | 'post'
    | 'event'
    | 'recommendation'
    | 'programme'
    | 'pilot'
    | 'indicatorValue'
    | 'source',
    string
  >;
  /** Global IDs of the same records. */
  gid: World['ids'];
  keys: { admin: string; editorA: string; editorB: string };
  keyIds: { admin: string; editorA: string; editorB: string };
}

const TYPES: Record<keyof World['ids'], string> = {
  oblast: 'Region',
  district: 'Region',
  orgA: 'Organization',
  orgB: 'Organization',
  official: 'Official',
  post: 'Post',
  event: 'Event',
  recommendation: 'Recommendation',
  programme: 'Programme',
  pilot: 'PilotRegion',
  indicatorValue: 'IndicatorValue',
  source: 'Source',
};

export async function buildWorld(server: TestServer, name: string): Promise<World> {
  const sql = server.sql;
  const p = uniquePrefix(name);
  const oblast = await createRegion(sql, `${p}-oblast`, `${name} oblast`);
  const district = await createRegion(sql, `${p}-district`, `${name} district`, { kind: 'DISTRICT', parentId: oblast });
  const orgA = await createOrganization(sql, `${p}-org-a`, `${name} organization A`, { kind: 'STATE_BODY', regionId: oblast });
  const orgB = await createOrganization(sql, `${p}-org-b`, `${name} organization B`, { kind: 'NGO', regionId: oblast });
  const official = await createOfficial(sql, `${p}-official`, `${name} Official`, {
    organizationId: orgA,
    title: 'Head',
    startedOn: '2020-01-01',
  });
  const post = (await sql<{ id: string }>(`SELECT id::text AS id FROM posts WHERE official_id = $1`, [official]))[0]!.id;
  const event = await createEvent(sql, { slug: `${p}-event`, title: `${name} event`, startsOn: '2024-03-01', regionId: district });
  await addOrganizer(sql, event, orgA);
  await addParticipant(sql, event, { officialId: official, organizationId: orgA, role: 'SPEAKER' });
  const recommendation = await createRecommendation(sql, `${p}-recommendation`, event, `${name} recommendation`, { responsible: [orgA] });
  const programme = (
    await sql<{ id: string }>(`INSERT INTO programmes (slug, name, lead_organization_id) VALUES ($1, $2, $3) RETURNING id::text AS id`, [
      `${p}-programme`,
      JSON.stringify({ en: `${name} programme` }),
      orgA,
    ])
  )[0]!.id;
  const pilot = (
    await sql<{ id: string }>(
      `INSERT INTO pilot_regions (slug, name, programme_id, region_id, started_on, status) VALUES ($1, $2, $3, $4, '2023-01-01', 'ACTIVE') RETURNING id::text AS id`,
      [`${p}-pilot`, JSON.stringify({ en: `${name} pilot` }), programme, oblast],
    )
  )[0]!.id;
  const indicatorValue = (
    await sql<{ id: string }>(
      `INSERT INTO indicator_values (pilot_region_id, region_id, indicator, kind, value, qualifier, period_start, period_end)
       VALUES ($1, $2, 'EVENTS_HELD', 'ACTUAL', 10, 'EXACT', '2024-01-01', '2024-03-31') RETURNING id::text AS id`,
      [pilot, district],
    )
  )[0]!.id;
  const source = (
    await sql<{ id: string }>(
      `INSERT INTO sources (slug, title, language, kind) VALUES ($1, $2, 'EN', 'REPORT') RETURNING id::text AS id`,
      [`${p}-source`, JSON.stringify({ en: `${name} report` })],
    )
  )[0]!.id;
  const ids = { oblast, district, orgA, orgB, official, post, event, recommendation, programme, pilot, indicatorValue, source };
  const gid = Object.fromEntries(
    Object.entries(ids).map(([key, id]) => [key, globalId(TYPES[key as keyof World['ids']], id)]),
  ) as World['ids'];
  const [admin, editorA, editorB] = [await server.key('ADMIN'), await server.key('EDITOR', orgA), await server.key('EDITOR', orgB)];
  return {
    prefix: p,
    ids,
    gid,
    keys: { admin: admin.key, editorA: editorA.key, editorB: editorB.key },
    keyIds: { admin: admin.id, editorA: editorA.id, editorB: editorB.id },
  };
}

/** The current version of a record, straight from its table. */
export async function versionOf(server: TestServer, table: string, id: string): Promise<number> {
  return (await server.sql<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0]!.version;
}

/** How many writes the audit log holds for a key. */
export async function auditCount(server: TestServer, keyId: string): Promise<number> {
  return (await server.sql<{ count: number }>(`SELECT count(*)::int AS count FROM audit_log WHERE api_key_id = $1`, [keyId]))[0]!.count;
}
