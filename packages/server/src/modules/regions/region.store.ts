import { defineRelation } from '../../sql/relation';
import type { Snapshot } from '../../audit/snapshot';
import type { Db, Queryable } from '../../sql/db';
import { SqlParams, recordIdsSql, updatedSince } from '../../sql/fragments';
import { recordKeys } from '../../graphql/references';
import { rowsById, rowsByKey, rowsBySlug } from '../../sql/loaders';
import {
  CREATED_AT_ORDER,
  UPDATED_AT_ORDER,
  localizedTextOrder,
  paginate,
  type ListSpec,
  type OrderKey,
  type Page,
} from '../../sql/pagination';
import { col, defineRecordTable, defineTable, insertRow, updateRow, type RowOf, type WritableRow } from '../../sql/table';
import { decodeTypedId, toGlobalId } from '../../graphql/global-id';
import type { RegionOrderField, RegionsArgs } from './region.inputs';
import type { RegionKind } from './region.type';
import { liesWithin } from '../../sql/tree';
import type { Dimension } from '../../sql/grouping';

export const REGIONS = defineRecordTable('regions', 'Region', {
  name: col.localized('name'),
  kind: col.enum<RegionKind>('kind'),
  parentId: col.ref('parent_id', 'Region', { nullable: true }),
  validFrom: col.date('valid_from', { nullable: true }),
  validUntil: col.date('valid_until', { nullable: true }),
  note: col.localized('note', { nullable: true }),
});
export type RegionRow = RowOf<typeof REGIONS>;

/** The order of a region's children (by name), for the regions aliased `t`. */
export const CHILD_ORDER = (t: string) => `qorgau_sort_text(${t}.name), ${t}.id`;

/** The order of a region's successors or predecessors (by id), for the regions aliased `t`. */
export const SUCCESSION_ORDER = (t: string) => `${t}.id`;

/** The regions directly below one. */
export const CHILDREN_OF_REGION = defineRelation({ from: (t) => `regions ${t}`, parentKey: (t) => `${t}.parent_id`, order: CHILD_ORDER });

/** The regions one became (through the succession, `${item}_l`). */
export const SUCCESSORS_OF_REGION = defineRelation({
  from: (t) => `region_successions ${t}_l JOIN regions ${t} ON ${t}.id = ${t}_l.successor_id`,
  parentKey: (t) => `${t}_l.predecessor_id`,
  order: SUCCESSION_ORDER,
});

/** The regions one came from. */
export const PREDECESSORS_OF_REGION = defineRelation({
  from: (t) => `region_successions ${t}_l JOIN regions ${t} ON ${t}.id = ${t}_l.predecessor_id`,
  parentKey: (t) => `${t}_l.successor_id`,
  order: SUCCESSION_ORDER,
});

/** A region that became others (renamed, split): South-Kazakhstan → Turkestan region and Shymkent. */
export const REGION_SUCCESSIONS = defineTable('region_successions', {
  predecessorId: col.ref('predecessor_id', 'Region'),
  successorId: col.ref('successor_id', 'Region'),
  effectiveOn: col.date('effective_on', { nullable: true }),
});

const ORDER_KEYS: Record<RegionOrderField, OrderKey> = {
  NAME: localizedTextOrder('t.name'),
  CREATED_AT: CREATED_AT_ORDER,
  UPDATED_AT: UPDATED_AT_ORDER,
};

export function regionListSpec(args: RegionsArgs): ListSpec {
  const params = new SqlParams();
  const where: string[] = [];
  const filter = args.filter;
  if (filter?.updatedSince) where.push(updatedSince(params.add(filter.updatedSince)));
  if (filter?.kinds?.length) where.push(`t.kind = ANY(${params.add(filter.kinds)}::text[])`);
  if (filter?.parent != null) where.push(`t.parent_id = ${params.add(decodeTypedId(filter.parent, 'Region', 'filter.parent'))}::bigint`);
  if (filter?.parents?.length) {
    where.push(`t.parent_id IN ${recordIdsSql('regions', recordKeys(filter.parents, 'Region', 'filter.parents'), params)}`);
  }
  if (filter?.validOn != null) {
    const day = params.add(filter.validOn);
    where.push(`(t.valid_from IS NULL OR t.valid_from <= ${day}::date) AND (t.valid_until IS NULL OR t.valid_until > ${day}::date)`);
  }
  if (filter?.query) {
    const pattern = params.add(`%${filter.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`(t.name->>'en' ILIKE ${pattern} OR t.name->>'ru' ILIKE ${pattern} OR t.name->>'kk' ILIKE ${pattern})`);
  }
  const order = args.orderBy ?? { field: 'NAME', direction: 'ASC' };
  return {
    select: REGIONS.select('t'),
    from: 'regions t',
    where,
    params,
    orderKey: ORDER_KEYS[order.field].key,
    orderKeyType: ORDER_KEYS[order.field].type,
    direction: order.direction,
  };
}

export function regionsPage(db: Db, args: RegionsArgs): Promise<Page<RegionRow>> {
  return paginate<RegionRow>(db, regionListSpec(args), args);
}

/**
 * The ids of a region and every region below it: the closure table (migration RegionAncestors),
 * an index lookup whose size PostgreSQL estimates from its statistics, where a recursive CTE's
 * was a guess two orders of magnitude off.
 */
function regionSubtree(placeholder: string): string {
  return `(SELECT region_id FROM region_ancestors WHERE ancestor_id = ${placeholder})`;
}

/** SQL: whether the region column `column` lies in the region bound to `placeholder` or below it. */
function inRegionSubtree(column: string, placeholder: string): string {
  return `${column} IN ${regionSubtree(`${placeholder}::bigint`)}`;
}

/**
 * The ids of the territory over time of the regions `seed` selects (a subquery of ids): the regions,
 * the regions below them, their predecessors and successors, and so on until nothing is added.
 * South-Kazakhstan region (until 2018) and Turkestan region with Shymkent (since) are then one
 * territory, whichever of them is asked for; a region never renamed nor split is its subtree alone.
 */
function territory(seed: string, select: string): string {
  return `(WITH RECURSIVE territory(id) AS (
      SELECT id FROM ${seed} seed(id)
      UNION
      SELECT n.id FROM territory x CROSS JOIN LATERAL (
        SELECT a.region_id FROM region_ancestors a WHERE a.ancestor_id = x.id
        UNION ALL SELECT s.successor_id FROM region_successions s WHERE s.predecessor_id = x.id
        UNION ALL SELECT s.predecessor_id FROM region_successions s WHERE s.successor_id = x.id) n(id))
    ${select})`;
}

/** A subquery of the one region id bound to `placeholder`. */
const oneRegion = (placeholder: string) => `(SELECT ${placeholder}::bigint)`;

/**
 * SQL: whether the region column `column` lies in the region bound to `placeholder` or below it;
 * with `followSuccessions`, anywhere in its territory over time (its predecessors and successors
 * count as the same territory).
 */
export function inRegion(column: string, placeholder: string, followSuccessions: boolean | null | undefined): string {
  return followSuccessions
    ? `${column} IN ${territory(oneRegion(placeholder), 'SELECT id FROM territory')}`
    : inRegionSubtree(column, placeholder);
}

/** The same for any of several regions, `regionIds` a subquery of their ids (recordIdsSql). */
export function inRegions(column: string, regionIds: string, followSuccessions: boolean | null | undefined): string {
  return followSuccessions
    ? `${column} IN ${territory(regionIds, 'SELECT id FROM territory')}`
    : `${column} IN (SELECT a.region_id FROM region_ancestors a WHERE a.ancestor_id IN ${regionIds})`;
}

/**
 * SQL of the regions that buckets split below (none lies below another): those `regionIds` (a
 * subquery) selects (the highest regions of their territory, with `followSuccessions`), or the
 * country (every region without a parent) when there are none.
 */
export function bucketParents(regionIds: string | null, followSuccessions: boolean | null | undefined): string {
  if (regionIds === null) return `(SELECT id FROM regions WHERE parent_id IS NULL)`;
  // Of regions named together, only the highest: one below another would count its rows twice.
  if (!followSuccessions) {
    return `(SELECT r.id FROM ${regionIds} r(id) WHERE NOT EXISTS (
      SELECT 1 FROM region_ancestors a WHERE a.region_id = r.id AND a.depth > 0 AND a.ancestor_id IN ${regionIds}))`;
  }
  return territory(
    regionIds,
    `SELECT x.id FROM territory x JOIN regions r ON r.id = x.id WHERE r.parent_id IS NULL OR r.parent_id NOT IN (SELECT id FROM territory)`,
  );
}

/** The regions a region filter names, as a subquery of ids: `region` (bound to `placeholder`), else `regions`. */
export function filterRegionIds(placeholder: string | null, regionIds: string | null): string | null {
  return placeholder !== null ? oneRegion(placeholder) : regionIds;
}

/**
 * A FROM item aliased `alias` (region_id, bucket_id): each region in or below `parents` (from
 * bucketParents) with the region it is counted under in a REGION bucket: the region just below
 * those it lies in, or the parent itself for a region that is one.
 */
export function regionBuckets(parents: string, alias: string): string {
  return `(SELECT a.region_id, a.ancestor_id AS bucket_id, qorgau_sort_text(ar.name) AS bucket_sort
    FROM region_ancestors a JOIN regions ar ON ar.id = a.ancestor_id
    WHERE ar.parent_id IN ${parents} OR (a.depth = 0 AND a.ancestor_id IN ${parents})) ${alias}`;
}

/**
 * The REGION dimension over the regionBuckets aliased `b`: keyed by the bucket's region and its
 * name's sort key (which it determines), ordered by name: no lookup per bucket to sort.
 */
export function regionDimension(b: string): Dimension {
  return {
    name: 'REGION',
    keys: [
      ['regionId', `${b}.bucket_id`],
      ['regionSort', `${b}.bucket_sort`],
    ],
    order: (g) => `${g}."regionSort", ${g}."regionId"`,
  };
}

// Created per request: loaders must not outlive the operation.
export function createRegionLoaders(db: Db) {
  return {
    regionById: rowsById(db, 'regionsByIds', REGIONS),
    regionBySlug: rowsBySlug(db, 'regionsBySlugs', REGIONS),
    childrenByRegionId: rowsByKey<RegionRow>(
      db,
      (keys) => `/* regionChildren */
      SELECT t.parent_id::text AS "__key", ${REGIONS.select('t')} FROM regions t
      WHERE t.parent_id = ANY(${keys}::bigint[]) ORDER BY ${CHILD_ORDER('t')}`,
    ),
    successorsByRegionId: rowsByKey<RegionRow>(
      db,
      (keys) => `/* regionSuccessors */
      SELECT s.predecessor_id::text AS "__key", ${REGIONS.select('t')} FROM region_successions s JOIN regions t ON t.id = s.successor_id
      WHERE s.predecessor_id = ANY(${keys}::bigint[]) ORDER BY ${SUCCESSION_ORDER('t')}`,
    ),
    predecessorsByRegionId: rowsByKey<RegionRow>(
      db,
      (keys) => `/* regionPredecessors */
      SELECT s.successor_id::text AS "__key", ${REGIONS.select('t')} FROM region_successions s JOIN regions t ON t.id = s.predecessor_id
      WHERE s.successor_id = ANY(${keys}::bigint[]) ORDER BY ${SUCCESSION_ORDER('t')}`,
    ),
  };
}
export type RegionLoaders = ReturnType<typeof createRegionLoaders>;

export function insertRegion(tx: Queryable, values: WritableRow<typeof REGIONS>): Promise<string> {
  return insertRow(tx, 'insertRegion', REGIONS, values);
}

export function updateRegionRow(tx: Queryable, id: string, values: WritableRow<typeof REGIONS>): Promise<boolean> {
  return updateRow(tx, 'updateRegion', REGIONS, id, values);
}

/** The regions a region came from, replaced by `predecessors` (the later region owns the link). */
export async function replacePredecessors(
  tx: Queryable,
  regionId: string,
  predecessors: ReadonlyArray<{ regionId: string; effectiveOn: string | null }>,
): Promise<void> {
  await tx.query(`/* deletePredecessors */ DELETE FROM region_successions WHERE successor_id = $1::bigint`, [regionId]);
  if (predecessors.length === 0) return;
  await tx.query(
    `/* insertPredecessors */ INSERT INTO region_successions (predecessor_id, successor_id, effective_on)
     SELECT p, $1::bigint, e FROM unnest($2::bigint[], $3::date[]) AS s(p, e)`,
    [regionId, predecessors.map((p) => p.regionId), predecessors.map((p) => p.effectiveOn)],
  );
}

/** The parts of a region's snapshot beside its row: where it came from. */
export async function regionParts(tx: Queryable, regionId: string): Promise<Snapshot> {
  const rows = await tx.query<{ predecessorId: string; effectiveOn: string | null }>(
    `/* regionPredecessorsOf */ SELECT predecessor_id::text AS "predecessorId", effective_on AS "effectiveOn"
     FROM region_successions WHERE successor_id = $1::bigint ORDER BY predecessor_id`,
    [regionId],
  );
  return { predecessors: rows.map((row) => ({ region: toGlobalId('Region', row.predecessorId), effectiveOn: row.effectiveOn })) };
}

/** The regions of `candidateIds` that are neither `regionId` nor below it. */
export async function regionsOutside(tx: Queryable, regionId: string, candidateIds: readonly string[]): Promise<Set<string>> {
  const rows = await tx.query<{ id: string }>(
    `/* regionsOutside */ SELECT r::text AS id FROM unnest($2::bigint[]) r WHERE r NOT IN ${regionSubtree('$1::bigint')}`,
    [regionId, candidateIds],
  );
  return new Set(rows.map((row) => row.id));
}

export function isInSubtree(tx: Queryable, regionId: string, candidateId: string): Promise<boolean> {
  return liesWithin(tx, 'regionInSubtree', { table: 'regions', parentColumn: 'parent_id' }, regionId, candidateId);
}

/** What refers to a region and keeps it from being deleted. */
export const REGION_REFERENCES = [
  { sql: 'SELECT 1 FROM regions WHERE parent_id = $1::bigint', what: 'regions below it' },
  { sql: 'SELECT 1 FROM region_successions WHERE predecessor_id = $1::bigint', what: 'regions that came from it' },
  { sql: 'SELECT 1 FROM organizations WHERE region_id = $1::bigint', what: 'organizations' },
  { sql: 'SELECT 1 FROM events WHERE region_id = $1::bigint', what: 'events' },
  { sql: 'SELECT 1 FROM pilot_regions WHERE region_id = $1::bigint', what: 'pilot regions' },
  { sql: 'SELECT 1 FROM pilot_areas WHERE region_id = $1::bigint', what: 'pilot areas' },
  { sql: 'SELECT 1 FROM indicator_values WHERE region_id = $1::bigint', what: 'indicator values' },
];
