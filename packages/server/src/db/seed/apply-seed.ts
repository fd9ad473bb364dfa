import type { DataSource, EntityManager } from 'typeorm';
import type { SeedData } from './seed-data';
import { pressRelease20171208 } from './press-release-2017-12-08';

/** Every seed, oldest first. Like migrations, a seed that has landed is not edited: add another. */
export const SEEDS: readonly SeedData[] = [pressRelease20171208];

// Serialises seeding between server replicas starting at once.
const SEED_LOCK_KEY = 0x51_6f_72_67; // "Qorg"

class SeedWriter {
  private readonly ids = new Map<string, string>();

  constructor(private readonly manager: EntityManager) {}

  async insert(table: string, row: Record<string, unknown>): Promise<string> {
    const columns = Object.keys(row);
    const values = columns.map((column) => {
      const value = row[column];
      return value !== null && typeof value === 'object' ? JSON.stringify(value) : value;
    });
    const placeholders = columns.map((_, index) => `$${index + 1}`);
    const result: Array<{ id?: string }> = await this.manager.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders.join(', ')}) RETURNING *`,
      values,
    );
    return String(result[0]?.id ?? '');
  }

  async insertNamed(table: string, typeName: string, slug: string, row: Record<string, unknown>): Promise<string> {
    const id = await this.insert(table, { slug, ...row });
    this.ids.set(`${typeName}:${slug}`, id);
    return id;
  }

  async idOf(typeName: string, slug: string): Promise<string> {
    const key = `${typeName}:${slug}`;
    const known = this.ids.get(key);
    if (known) return known;
    const table = TABLE_OF[typeName];
    const rows: Array<{ id: string }> = await this.manager.query(`SELECT id FROM ${table} WHERE slug = $1`, [slug]);
    const id = rows[0]?.id;
    if (!id) throw new Error(`Seed refers to unknown ${typeName} "${slug}"`);
    this.ids.set(key, id);
    return id;
  }

  async optionalIdOf(typeName: string, slug: string | null | undefined): Promise<string | null> {
    return slug ? this.idOf(typeName, slug) : null;
  }

  async cite(recordType: string, recordId: string, sourceSlugs: readonly string[]): Promise<void> {
    for (const slug of sourceSlugs) {
      await this.insert('record_sources', { record_type: recordType, record_id: recordId, source_id: await this.idOf('Source', slug) });
    }
  }
}

const TABLE_OF: Record<string, string> = {
  Source: 'sources',
  Region: 'regions',
  Organization: 'organizations',
  Official: 'officials',
  Event: 'events',
  Programme: 'programmes',
  PilotRegion: 'pilot_regions',
  Recommendation: 'recommendations',
};

async function applyOne(manager: EntityManager, seed: SeedData): Promise<void> {
  const w = new SeedWriter(manager);
  for (const s of seed.sources) {
    await w.insertNamed('sources', 'Source', s.slug, {
      title: s.title,
      publisher: s.publisher,
      published_on: s.publishedOn,
      url: s.url,
      language: s.language,
      kind: s.kind,
    });
  }
  for (const r of seed.regions) {
    const id = await w.insertNamed('regions', 'Region', r.slug, {
      name: r.name,
      kind: r.kind,
      parent_id: await w.optionalIdOf('Region', r.parent),
      valid_from: r.validFrom ?? null,
      valid_until: r.validUntil ?? null,
      note: r.note ?? null,
    });
    await w.cite('Region', id, r.sources);
  }
  for (const s of seed.regionSuccessions) {
    await w.insert('region_successions', {
      predecessor_id: await w.idOf('Region', s.predecessor),
      successor_id: await w.idOf('Region', s.successor),
      effective_on: s.effectiveOn,
    });
  }
  for (const o of seed.organizations) {
    const id = await w.insertNamed('organizations', 'Organization', o.slug, {
      name: o.name,
      short_name: o.shortName ?? null,
      kind: o.kind,
      parent_id: await w.optionalIdOf('Organization', o.parent),
      region_id: await w.optionalIdOf('Region', o.region),
      description: o.description ?? null,
      service_profile: o.serviceProfile ?? null,
    });
    for (const [position, c] of (o.contacts ?? []).entries()) {
      await w.insert('organization_contacts', { organization_id: id, kind: c.kind, value: c.value, label: c.label ?? null, position });
    }
    await w.cite('Organization', id, o.sources);
  }
  for (const o of seed.officials) {
    const id = await w.insertNamed('officials', 'Official', o.slug, { full_name: o.fullName });
    for (const p of o.posts) {
      await w.insert('posts', {
        official_id: id,
        organization_id: await w.idOf('Organization', p.organization),
        title: p.title,
        started_on: p.startedOn ?? null,
        ended_on: p.endedOn ?? null,
        attested_on: p.attestedOn ?? null,
      });
    }
    await w.cite('Official', id, o.sources);
  }
  for (const e of seed.events) {
    const id = await w.insertNamed('events', 'Event', e.slug, {
      title: e.title,
      kind: e.kind,
      status: e.status,
      starts_on: e.startsOn,
      ends_on: e.endsOn,
      city: e.city,
      region_id: await w.optionalIdOf('Region', e.region),
      summary: e.summary ?? null,
      occasion: e.occasion ?? null,
      topics: e.topics ?? [],
      conclusions: e.conclusions ?? [],
      part_of_id: await w.optionalIdOf('Event', e.partOf),
    });
    for (const [position, o] of e.organizers.entries()) {
      await w.insert('event_organizers', {
        event_id: id,
        organization_id: await w.idOf('Organization', o.organization),
        role: o.role,
        position,
      });
    }
    for (const [position, p] of e.participants.entries()) {
      await w.insert('event_participants', {
        event_id: id,
        role: p.role,
        official_id: await w.optionalIdOf('Official', p.official),
        organization_id: await w.optionalIdOf('Organization', p.organization),
        title: p.title ?? null,
        note: p.note ?? null,
        position,
      });
    }
    await w.cite('Event', id, e.sources);
  }
  for (const p of seed.programmes) {
    const programmeId = await w.insertNamed('programmes', 'Programme', p.slug, {
      name: p.name,
      description: p.description ?? null,
      lead_organization_id: await w.optionalIdOf('Organization', p.leadOrganization),
    });
    await w.cite('Programme', programmeId, p.sources);
    for (const pilot of p.pilots) {
      const pilotId = await w.insertNamed('pilot_regions', 'PilotRegion', pilot.slug, {
        name: pilot.name,
        programme_id: programmeId,
        region_id: await w.idOf('Region', pilot.region),
        started_on: pilot.startedOn,
        started_on_precision: pilot.startedOnPrecision,
        status: pilot.status,
      });
      for (const [position, a] of pilot.areas.entries()) {
        await w.insert('pilot_areas', {
          pilot_region_id: pilotId,
          name: a.name,
          region_id: await w.optionalIdOf('Region', a.region),
          unit_count: a.unitCount,
          position,
        });
      }
      for (const [position, m] of pilot.measures.entries()) {
        await w.insert('pilot_measures', {
          pilot_region_id: pilotId,
          kind: m.kind,
          status: m.status,
          title: m.title,
          description: m.description ?? null,
          organization_id: await w.optionalIdOf('Organization', m.organization),
          audiences: m.audiences ?? [],
          position,
        });
      }
      for (const i of pilot.indicators) {
        await w.insert('indicator_values', {
          pilot_region_id: pilotId,
          region_id: await w.idOf('Region', i.region),
          indicator: i.indicator,
          kind: i.kind ?? 'ACTUAL',
          value: i.value,
          qualifier: i.qualifier,
          period_start: i.periodStart,
          period_end: i.periodEnd,
          stated_as: i.statedAs ?? null,
        });
      }
      await w.cite('PilotRegion', pilotId, pilot.sources);
    }
  }
  for (const [position, r] of seed.recommendations.entries()) {
    const id = await w.insertNamed('recommendations', 'Recommendation', r.slug, {
      event_id: await w.idOf('Event', r.event),
      text: r.text,
      theme: r.theme,
      status: r.status,
      due_on: r.dueOn,
      position,
    });
    for (const organization of r.responsibleOrganizations) {
      await w.insert('recommendation_responsible_organizations', {
        recommendation_id: id,
        organization_id: await w.idOf('Organization', organization),
      });
    }
    for (const h of r.history) {
      await w.insert('recommendation_status_changes', {
        recommendation_id: id,
        from_status: h.fromStatus,
        to_status: h.toStatus,
        changed_on: h.changedOn,
        changed_by: h.changedBy ?? null,
        note: h.note ?? null,
      });
    }
    await w.cite('Recommendation', id, r.sources);
  }
}

/**
 * Applies every seed not yet recorded in seed_history, each in one transaction: a seed is either
 * wholly in the database or not at all, and running this again changes nothing.
 * Returns the names of the seeds applied now.
 */
export async function applySeeds(dataSource: DataSource, seeds: readonly SeedData[] = SEEDS): Promise<string[]> {
  const applied: string[] = [];
  for (const seed of seeds) {
    await dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
      const done: unknown[] = await manager.query('SELECT 1 FROM seed_history WHERE name = $1', [seed.name]);
      if (done.length > 0) return;
      await applyOne(manager, seed);
      await manager.query('INSERT INTO seed_history (name) VALUES ($1)', [seed.name]);
      applied.push(seed.name);
    });
  }
  return applied;
}
