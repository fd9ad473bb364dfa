import { defineRelation } from '../../sql/relation';
import DataLoader from 'dataloader';
import type { Db, Queryable } from '../../sql/db';
import { SqlParams, recordIdsSql, updatedSince } from '../../sql/fragments';
import { groupByKey, rowsById, rowsByKey, rowsBySlug } from '../../sql/loaders';
import { CREATED_AT_ORDER, UPDATED_AT_ORDER, paginate, type ListSpec, type OrderKey, type Page } from '../../sql/pagination';
import { snapshotOf, type Snapshot } from '../../audit/snapshot';
import {
  col,
  defineRecordTable,
  defineTable,
  insertRow,
  updateRow,
  type LocalizedText,
  type RowOf,
  type WritableRow,
} from '../../sql/table';
import { decodeTypedId } from '../../graphql/global-id';
import type { RecommendationStatus } from '../recommendations/recommendation.type';
import { inRegion, inRegions } from '../regions/region.store';
import { replaceSubRecords, type SubRecordList } from '../../sql/sub-records';
import { recordKeys } from '../../graphql/references';
import type { PilotRegionOrderField, PilotRegionsArgs } from './pilot-region.inputs';
import type { DatePrecision, MeasureKind, MeasureStatus, PilotStatus } from './pilot-region.type';

export const PILOT_REGIONS = defineRecordTable('pilot_regions', 'PilotRegion', {
  name: col.localized('name'),
  programmeId: col.ref('programme_id', 'Programme'),
  regionId: col.ref('region_id', 'Region'),
  startedOn: col.date('started_on', { nullable: true }),
  /** How much of started_on the source states: DAY, MONTH or YEAR ("since June" is MONTH). */
  startedOnPrecision: col.enum<DatePrecision>('started_on_precision'),
  status: col.enum<PilotStatus>('status'),
});
export type PilotRegionRow = RowOf<typeof PILOT_REGIONS>;

export const PILOT_AREAS = defineTable('pilot_areas', {
  id: col.id(),
  pilotRegionId: col.ref('pilot_region_id', 'PilotRegion'),
  name: col.localized('name'),
  regionId: col.ref('region_id', 'Region', { nullable: true }),
  /** For an area the source counts without naming its parts ("14 districts"). */
  unitCount: col.int('unit_count', { nullable: true }),
  position: col.int('position'),
});
export type PilotAreaRow = RowOf<typeof PILOT_AREAS>;

export const PILOT_MEASURES = defineTable('pilot_measures', {
  id: col.id(),
  pilotRegionId: col.ref('pilot_region_id', 'PilotRegion'),
  kind: col.enum<MeasureKind>('kind'),
  status: col.enum<MeasureStatus>('status'),
  title: col.localized('title'),
  description: col.localized('description', { nullable: true }),
  organizationId: col.ref('organization_id', 'Organization', { nullable: true }),
  audiences: col.localizedList('audiences'),
  position: col.int('position'),
});
export type PilotMeasureRow = RowOf<typeof PILOT_MEASURES>;

/** The order of a pilot's areas or measures (as the source lists them), for the rows aliased `a`. */
export const PART_ORDER = (a: string) => `${a}.position, ${a}.id`;

/** The order of a pilot's recommendation counts: by status (for the counts aliased `c`). */
export const STATUS_COUNT_ORDER = (c: string) => `${c}.status`;

/** The order of a programme's pilots, earliest first, for the pilots aliased `t`. */
export const PILOT_ORDER = (t: string) => `${t}.started_on NULLS LAST, ${t}.id`;

/** A pilot's areas. */
export const AREAS_OF_PILOT = defineRelation({
  from: (a) => `pilot_areas ${a}`,
  parentKey: (a) => `${a}.pilot_region_id`,
  order: PART_ORDER,
});

/** A pilot's measures. */
export const MEASURES_OF_PILOT = defineRelation({
  from: (m) => `pilot_measures ${m}`,
  parentKey: (m) => `${m}.pilot_region_id`,
  order: PART_ORDER,
});

/** A programme's pilots. */
export const PILOTS_OF_PROGRAMME = defineRelation({
  from: (t) => `pilot_regions ${t}`,
  parentKey: (t) => `${t}.programme_id`,
  order: PILOT_ORDER,
});

/**
 * The recommendation counts per status of the pilot aliased `pilot` (over its region and below), as a
 * FROM item aliased `item`: what `recommendationCountsLoader` counts for many pilots.
 */
export function recommendationCountsOf(pilot: string, item: string): string {
  const { from, where } = recommendationsInRegion(`${pilot}.region_id`);
  return `(SELECT r.status, count(*)::int AS count FROM ${from} WHERE ${where} GROUP BY r.status) ${item}`;
}

export interface StatusCountRow {
  status: RecommendationStatus;
  count: number;
}

const ORDER_KEYS: Record<PilotRegionOrderField, OrderKey> = {
  STARTED_ON: { key: `coalesce(t.started_on, '-infinity'::date)`, type: 'date' },
  CREATED_AT: CREATED_AT_ORDER,
  UPDATED_AT: UPDATED_AT_ORDER,
};

export function pilotRegionListSpec(args: PilotRegionsArgs): ListSpec {
  const params = new SqlParams();
  const where: string[] = [];
  const filter = args.filter;
  if (filter?.programme != null)
    where.push(`t.programme_id = ${params.add(decodeTypedId(filter.programme, 'Programme', 'filter.programme'))}::bigint`);
  if (filter?.region != null)
    where.push(inRegion('t.region_id', params.add(decodeTypedId(filter.region, 'Region', 'filter.region')), filter.followSuccessions));
  if (filter?.regions?.length) {
    const regions = recordIdsSql('regions', recordKeys(filter.regions, 'Region', 'filter.regions'), params);
    where.push(inRegions('t.region_id', regions, filter.followSuccessions));
  }
  if (filter?.programmes?.length) {
    where.push(`t.programme_id IN ${recordIdsSql('programmes', recordKeys(filter.programmes, 'Programme', 'filter.programmes'), params)}`);
  }
  if (filter?.statuses?.length) where.push(`t.status = ANY(${params.add(filter.statuses)}::text[])`);
  if (filter?.updatedSince) where.push(updatedSince(params.add(filter.updatedSince)));
  const order = args.orderBy ?? { field: 'STARTED_ON', direction: 'ASC' };
  const { key, type } = ORDER_KEYS[order.field];
  return {
    select: PILOT_REGIONS.select('t'),
    from: 'pilot_regions t',
    where,
    params,
    orderKey: key,
    orderKeyType: type,
    direction: order.direction,
  };
}

export function pilotRegionsPage(db: Db, args: PilotRegionsArgs): Promise<Page<PilotRegionRow>> {
  return paginate<PilotRegionRow>(db, pilotRegionListSpec(args), args);
}

/**
 * The recommendations (`r`) of the events in region `regionId` (SQL) and the regions below it (the
 * region closure table, `a`): what a pilot's recommendation counts count.
 */
export function recommendationsInRegion(regionId: string): { from: string; where: string } {
  return {
    from: 'region_ancestors a JOIN events e ON e.region_id = a.region_id JOIN recommendations r ON r.event_id = e.id',
    where: `a.ancestor_id = ${regionId}`,
  };
}

/** Recommendations per status for the events in each pilot's region and the regions below it. */
export function recommendationCountsLoader(db: Queryable): DataLoader<string, StatusCountRow[]> {
  const below = recommendationsInRegion('p.region_id');
  return new DataLoader(async (pilotIds) => {
    const rows = await db.query<StatusCountRow & { pilotId: string }>(
      `/* pilotRecommendationCounts */ SELECT p.id::text AS "pilotId", r.status, count(*)::int AS count
       FROM pilot_regions p, ${below.from} WHERE ${below.where} AND p.id = ANY($1::bigint[])
       GROUP BY p.id, r.status ORDER BY ${STATUS_COUNT_ORDER('r')}`,
      [pilotIds],
    );
    return groupByKey(pilotIds, rows, (row) => row.pilotId);
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
      WHERE t.programme_id = ANY(${keys}::bigint[]) ORDER BY ${PILOT_ORDER('t')}`,
    ),
    areasByPilotRegionId: rowsByKey<PilotAreaRow>(
      db,
      (keys) => `/* pilotAreas */
      SELECT a.pilot_region_id::text AS "__key", ${PILOT_AREAS.select('a')}
      FROM pilot_areas a WHERE a.pilot_region_id = ANY(${keys}::bigint[]) ORDER BY ${PART_ORDER('a')}`,
    ),
    measuresByPilotRegionId: rowsByKey<PilotMeasureRow>(
      db,
      (keys) => `/* pilotMeasures */
      SELECT m.pilot_region_id::text AS "__key", ${PILOT_MEASURES.select('m')}
      FROM pilot_measures m WHERE m.pilot_region_id = ANY(${keys}::bigint[]) ORDER BY ${PART_ORDER('m')}`,
    ),
  };
}
export type PilotRegionLoaders = ReturnType<typeof createPilotRegionLoaders>;

/**
 * A pilot's region and the organization leading its programme (whose editors record its figures),
 * both rows locked so that the lead cannot change between this check and the write.
 */
export async function pilotOwnership(
  tx: Queryable,
  pilotRegionId: string,
): Promise<{ regionId: string; leadOrganizationId: string | null } | null> {
  const rows = await tx.query<{ regionId: string; leadOrganizationId: string | null }>(
    `/* pilotOwnership */ SELECT p.region_id::text AS "regionId", g.lead_organization_id::text AS "leadOrganizationId"
     FROM pilot_regions p JOIN programmes g ON g.id = p.programme_id WHERE p.id = $1::bigint FOR SHARE`,
    [pilotRegionId],
  );
  return rows[0] ?? null;
}

export function insertPilotRegion(tx: Queryable, values: WritableRow<typeof PILOT_REGIONS>): Promise<string> {
  return insertRow(tx, 'insertPilotRegion', PILOT_REGIONS, values);
}

export function updatePilotRegionRow(tx: Queryable, id: string, values: WritableRow<typeof PILOT_REGIONS>): Promise<boolean> {
  return updateRow(tx, 'updatePilotRegion', PILOT_REGIONS, id, values);
}

export interface AreaValues {
  /** The area this item keeps (its database id); null for a new one. */
  id: string | null;
  name: LocalizedText;
  regionId: string | null;
  unitCount: number | null;
}

export interface MeasureValues {
  /** The measure this item keeps (its database id); null for a new one. */
  id: string | null;
  kind: MeasureKind;
  status: MeasureStatus;
  title: LocalizedText;
  description: LocalizedText | null;
  organizationId: string | null;
  audiences: LocalizedText[];
}

/** How a pilot's areas are stored, for `replaceSubRecords`. */
export const AREA_LIST: SubRecordList = {
  table: 'pilot_areas',
  parentColumn: 'pilot_region_id',
  columns: [
    ['name', 'jsonb[]'],
    ['region_id', 'bigint[]'],
    ['unit_count', 'int[]'],
  ],
};

/** How a pilot's measures are stored, for `replaceSubRecords`. */
export const MEASURE_LIST: SubRecordList = {
  table: 'pilot_measures',
  parentColumn: 'pilot_region_id',
  columns: [
    ['kind', 'text[]'],
    ['status', 'text[]'],
    ['title', 'jsonb[]'],
    ['description', 'jsonb[]'],
    ['organization_id', 'bigint[]'],
    ['audiences', 'jsonb[]'],
  ],
};

/** A pilot's areas, replaced in the order given; those named by ID keep it. */
export async function replaceAreas(tx: Queryable, pilotRegionId: string, areas: readonly AreaValues[]): Promise<void> {
  await replaceSubRecords(
    tx,
    'Areas',
    AREA_LIST,
    pilotRegionId,
    areas.map((a) => ({ id: a.id, values: [JSON.stringify(a.name), a.regionId, a.unitCount] })),
  );
}

/** A pilot's measures, replaced in the order given; those named by ID keep it. */
export async function replaceMeasures(tx: Queryable, pilotRegionId: string, measures: readonly MeasureValues[]): Promise<void> {
  await replaceSubRecords(
    tx,
    'Measures',
    MEASURE_LIST,
    pilotRegionId,
    measures.map((m) => ({
      id: m.id,
      values: [
        m.kind,
        m.status,
        JSON.stringify(m.title),
        m.description ? JSON.stringify(m.description) : null,
        m.organizationId,
        JSON.stringify(m.audiences),
      ],
    })),
  );
}

/** The parts of a pilot's snapshot beside its row: areas and measures, in order. */
export async function pilotRegionParts(tx: Queryable, pilotRegionId: string): Promise<Snapshot> {
  const areas = await tx.query<PilotAreaRow>(
    `/* pilotAreasOf */ SELECT ${PILOT_AREAS.select('a')} FROM pilot_areas a WHERE a.pilot_region_id = $1::bigint ORDER BY ${PART_ORDER('a')}`,
    [pilotRegionId],
  );
  const measures = await tx.query<PilotMeasureRow>(
    `/* pilotMeasuresOf */ SELECT ${PILOT_MEASURES.select('m')} FROM pilot_measures m WHERE m.pilot_region_id = $1::bigint ORDER BY ${PART_ORDER('m')}`,
    [pilotRegionId],
  );
  const omit = ['id', 'pilotRegionId', 'position'];
  return {
    areas: areas.map((row) => snapshotOf(PILOT_AREAS, row, omit)),
    measures: measures.map((row) => snapshotOf(PILOT_MEASURES, row, omit)),
  };
}

/** Whether another pilot of the programme is in the region (one pilot per programme and region). */
export async function pilotExists(tx: Queryable, programmeId: string, regionId: string, exceptId: string | null): Promise<boolean> {
  const rows = await tx.query(
    `/* pilotOfProgrammeInRegion */ SELECT 1 FROM pilot_regions WHERE programme_id = $1::bigint AND region_id = $2::bigint AND id <> $3::bigint`,
    [programmeId, regionId, exceptId ?? '0'],
  );
  return rows.length > 0;
}
