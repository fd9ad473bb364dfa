import type { TestServer } from './harness';

type Sql = TestServer['sql'];

/**
 * Builders of isolated test data: each test file works in its own region tree and slug prefix, so
 * files run in parallel over one database without seeing each other's rows.
 */
export function uniquePrefix(name: string): string {
  return `t-${name}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function createRegion(
  sql: Sql,
  slug: string,
  name: string,
  options: { kind?: string; parentId?: string | null; ru?: string; kk?: string } = {},
): Promise<string> {
  const rows = await sql<{ id: string }>(`INSERT INTO regions (slug, name, kind, parent_id) VALUES ($1, $2, $3, $4) RETURNING id::text`, [
    slug,
    JSON.stringify({ en: name, ...(options.ru ? { ru: options.ru } : {}), ...(options.kk ? { kk: options.kk } : {}) }),
    options.kind ?? 'REGION',
    options.parentId ?? null,
  ]);
  return rows[0]!.id;
}

export async function createOrganization(
  sql: Sql,
  slug: string,
  name: string,
  options: { kind?: string; regionId?: string | null; ru?: string; shortName?: string } = {},
): Promise<string> {
  const rows = await sql<{ id: string }>(
    `INSERT INTO organizations (slug, name, short_name, kind, region_id) VALUES ($1, $2, $3, $4, $5) RETURNING id::text`,
    [
      slug,
      JSON.stringify({ en: name, ...(options.ru ? { ru: options.ru } : {}) }),
      options.shortName ? JSON.stringify({ en: options.shortName }) : null,
      options.kind ?? 'NGO',
      options.regionId ?? null,
    ],
  );
  return rows[0]!.id;
}

export async function createOfficial(
  sql: Sql,
  slug: string,
  fullName: string,
  post?: { organizationId: string; title: string; startedOn?: string; endedOn?: string },
): Promise<string> {
  const rows = await sql<{ id: string }>(`INSERT INTO officials (slug, full_name) VALUES ($1, $2) RETURNING id::text`, [
    slug,
    JSON.stringify({ en: fullName }),
  ]);
  const id = rows[0]!.id;
  if (post) {
    await sql(`INSERT INTO posts (official_id, organization_id, title, started_on, ended_on) VALUES ($1, $2, $3, $4, $5)`, [
      id,
      post.organizationId,
      JSON.stringify({ en: post.title }),
      post.startedOn ?? null,
      post.endedOn ?? null,
    ]);
  }
  return id;
}

export interface EventFixture {
  slug: string;
  title: string;
  startsOn: string | null;
  regionId: string;
  kind?: string;
  status?: string;
  titleRu?: string;
  summary?: string;
}

export async function createEvent(sql: Sql, event: EventFixture): Promise<string> {
  const rows = await sql<{ id: string }>(
    `INSERT INTO events (slug, title, kind, status, starts_on, ends_on, region_id, summary)
     VALUES ($1, $2, $3, $4, $5, $5, $6, $7) RETURNING id::text`,
    [
      event.slug,
      JSON.stringify({ en: event.title, ...(event.titleRu ? { ru: event.titleRu } : {}) }),
      event.kind ?? 'TRAINING',
      event.status ?? 'HELD',
      event.startsOn,
      event.regionId,
      event.summary ? JSON.stringify({ en: event.summary }) : null,
    ],
  );
  return rows[0]!.id;
}

export async function addOrganizer(sql: Sql, eventId: string, organizationId: string, role = 'ORGANIZER', position = 0): Promise<void> {
  await sql(`INSERT INTO event_organizers (event_id, organization_id, role, position) VALUES ($1, $2, $3, $4)`, [
    eventId,
    organizationId,
    role,
    position,
  ]);
}

export async function addParticipant(
  sql: Sql,
  eventId: string,
  participant: { officialId?: string; organizationId?: string; title?: string; role?: string; position?: number },
): Promise<void> {
  await sql(
    `INSERT INTO event_participants (event_id, role, official_id, organization_id, title, position) VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      eventId,
      participant.role ?? 'PARTICIPANT',
      participant.officialId ?? null,
      participant.organizationId ?? null,
      participant.title ? JSON.stringify({ en: participant.title }) : null,
      participant.position ?? 0,
    ],
  );
}

export async function createRecommendation(
  sql: Sql,
  slug: string,
  eventId: string,
  text: string,
  options: { status?: string; theme?: string; dueOn?: string | null; position?: number; responsible?: string[] } = {},
): Promise<string> {
  const rows = await sql<{ id: string }>(
    `INSERT INTO recommendations (slug, event_id, text, theme, status, due_on, position) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id::text`,
    [
      slug,
      eventId,
      JSON.stringify({ en: text }),
      options.theme ?? 'PREVENTION',
      options.status ?? 'ADOPTED',
      options.dueOn ?? null,
      options.position ?? 0,
    ],
  );
  const id = rows[0]!.id;
  for (const organizationId of options.responsible ?? []) {
    await sql(`INSERT INTO recommendation_responsible_organizations (recommendation_id, organization_id) VALUES ($1, $2)`, [
      id,
      organizationId,
    ]);
  }
  return id;
}
