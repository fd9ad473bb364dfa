import DataLoader from 'dataloader';
import type { Db, Queryable } from '../../sql/db';
import { SqlParams } from '../../sql/fragments';
import { rowsById, rowsByKey, rowsBySlug } from '../../sql/loaders';
import { paginate, type Page } from '../../sql/pagination';
import { col, defineRecordTable, defineTable, type RowOf } from '../../sql/table';
import { decodeTypedId } from '../../graphql/global-id';
import type { RecommendationStatus } from '../recommendations/recommendation.type';
import { inRegionSubtree } from '../regions/region.store';
import type { PilotRegionsArgs } from './pilot-region.inputs';
import type { DatePrecision, MeasureKind, MeasureStatus, PilotStatus } from './pilot-region.type';

export const PILOT_REGIONS = defineRecordTable('pilot_regions', 'PilotRegion', {
  name: col.localized('name'),
  programmeId: col.ref('programme_id'),
  regionId: col.ref('region_id'),
  startedOn: col.date('started_on', { nullable: true }),
  /** How much of started_on the source states: DAY, MONTH or YEAR ("since June" is MONTH). */
  startedOnPrecision: col.enum<DatePrecision>('started_on_precision'),
  status: col.enum<PilotStatus>('status'),
});
export type PilotRegionRow = RowOf<typeof PILOT_REGIONS>;

export const PILOT_AREAS = defineTable('pilot_areas', {
  id: col.id(),
  pilotRegionId: col.ref('pilot_region_id'),
  name: col.localized('name'),
  regionId: col.ref('region_id', { nullable: true }),
  /** For an area the source counts without naming its parts ("14 districts"). */
  unitCount: col.int('unit_count', { nullable: true }),
  position: col.int('position'),
});
export type PilotAreaRow = RowOf<typeof PILOT_AREAS>;

export const PILOT_MEASURES = defineTable('pilot_measures', {
  id: col.id(),
  pilotRegionId: col.ref('pilot_region_id'),
  kind: col.enum<MeasureKind>('kind'),
  status: col.enum<MeasureStatus>('status'),
  title: col.localized('title'),
  description: col.localized('description', { nullable: true }),
  organizationId: col.ref('organization_id', { nullable: true }),
  audiences: col.localizedList('audiences'),
  position: col.int('position'),
});
export type PilotMeasureRow = RowOf<typeof PILOT_MEASURES>;

export interface StatusCountRow {
  status: RecommendationStatus;
  count: number;
}

export function pilotRegionsPage(db: Db, args: PilotRegionsArgs): Promise<Page<PilotRegionRow>> {
  const params = new SqlParams();
  const where: string[] = [];
  const filter = args.filter;
  if (filter?.programme != null)
    where.push(`t.programme_id = ${params.add(decodeTypedId(filter.programme, 'Programme', 'filter.programme'))}::bigint`);
  if (filter?.region != null)
    where.push(inRegionSubtree('t.region_id', params.add(decodeTypedId(filter.region, 'Region', 'filter.region'))));
  if (filter?.statuses?.length) where.push(`t.status = ANY(${params.add(filter.statuses)}::text[])`);
  return paginate<PilotRegionRow>(
    db,
    {
      select: PILOT_REGIONS.select('t'),
      from: 'pilot_regions t',
      where,
      params,
      orderKey: `coalesce(t.started_on, '-infinity'::date)`,
      orderKeyType: 'date',
      direction: 'ASC',
    },
    args,
  );
}

/** Recommendations per status for the events in each pilot's region and the regions below it. */
export function recommendationCountsLoader(db: Queryable): DataLoader<string, StatusCountRow[]> {
  return new DataLoader(async (pilotIds) => {
    const rows = await db.query<StatusCountRow & { pilotId: string }>(
      `/* pilotRecommendationCounts */ WITH RECURSIVE covered(pilot_id, region_id) AS (
         SELECT p.id, p.region_id FROM pilot_regions p WHERE p.id = ANY($1::bigint[])
         UNION ALL SELECT c.pilot_id, r.id FROM regions r JOIN covered c ON r.parent_id = c.region_id)
       SELECT c.pilot_id::text AS "pilotId", r.status, count(*)::int AS count
       FROM covered c JOIN events e ON e.region_id = c.region_id JOIN recommendations r ON r.event_id = e.id
       GROUP BY c.pilot_id, r.status ORDER BY r.status`,
      [pilotIds],
    );
    return pilotIds.map((id) => rows.filter((row) => row.pilotId === id));
  });
}

// Created per request: loaders must not outlive the operation.
export function createPilotRegionLoaders(db: Db) {
  return {
    pilotRegionById: rowsById(db, 'pilotRegionsByIds', PILOT_REGIONS),
    pilotRegionBySlug: rowsBySlug(db, 'pilotRegionsBySlugs', PILOT_REGIONS),
    pilotRegionsByProgrammeId: rowsByKey<PilotRegionRow>(
      db,
      (keys) => `/* programmePilotRegions */
      SELECT t.programme_id::text AS "__key", ${PILOT_REGIONS.select('t')} FROM pilot_regions t
      WHERE t.programme_id = ANY(${keys}::bigint[]) ORDER BY t.started_on NULLS LAST, t.id`,
    ),
    areasByPilotRegionId: rowsByKey<PilotAreaRow>(
      db,
      (keys) => `/* pilotAreas */
      SELECT a.pilot_region_id::text AS "__key", ${PILOT_AREAS.select('a')}
      FROM pilot_areas a WHERE a.pilot_region_id = ANY(${keys}::bigint[]) ORDER BY a.position, a.id`,
    ),
    measuresByPilotRegionId: rowsByKey<PilotMeasureRow>(
      db,
      (keys) => `/* pilotMeasures */
      SELECT m.pilot_region_id::text AS "__key", ${PILOT_MEASURES.select('m')}
      FROM pilot_measures m WHERE m.pilot_region_id = ANY(${keys}::bigint[]) ORDER BY m.position, m.id`,
    ),
  };
}
export type PilotRegionLoaders = ReturnType<typeof createPilotRegionLoaders>;
