import type { Db } from '../../sql/db';
import { regionSubtree, SqlParams } from '../../sql/fragments';
import { rowsById, rowsByKey, rowsBySlug } from '../../sql/loaders';
import { CREATED_AT_ORDER, localizedTextOrder, paginate, type ListSpec, type OrderKey, type Page } from '../../sql/pagination';
import { col, defineRecordTable, defineTable, type RowOf } from '../../sql/table';
import { decodeTypedId } from '../../graphql/global-id';
import type { RegionOrderField, RegionsArgs } from './region.inputs';
import type { RegionKind } from './region.type';

export const REGIONS = defineRecordTable('regions', 'Region', {
  name: col.localized('name'),
  kind: col.enum<RegionKind>('kind'),
  parentId: col.ref('parent_id', { nullable: true }),
  validFrom: col.date('valid_from', { nullable: true }),
  validUntil: col.date('valid_until', { nullable: true }),
  note: col.localized('note', { nullable: true }),
});
export type RegionRow = RowOf<typeof REGIONS>;

/** A region that became others (renamed, split): South-Kazakhstan → Turkestan region and Shymkent. */
export const REGION_SUCCESSIONS = defineTable('region_successions', {
  predecessorId: col.ref('predecessor_id'),
  successorId: col.ref('successor_id'),
  effectiveOn: col.date('effective_on', { nullable: true }),
});

const ORDER_KEYS: Record<RegionOrderField, OrderKey> = {
  NAME: localizedTextOrder('t.name'),
  CREATED_AT: CREATED_AT_ORDER,
};

export function regionsPage(db: Db, args: RegionsArgs): Promise<Page<RegionRow>> {
  const params = new SqlParams();
  const where: string[] = [];
  const filter = args.filter;
  if (filter?.kinds?.length) where.push(`t.kind = ANY(${params.add(filter.kinds)}::text[])`);
  if (filter?.parent != null) where.push(`t.parent_id = ${params.add(decodeTypedId(filter.parent, 'Region', 'filter.parent'))}::bigint`);
  if (filter?.validOn != null) {
    const day = params.add(filter.validOn);
    where.push(`(t.valid_from IS NULL OR t.valid_from <= ${day}::date) AND (t.valid_until IS NULL OR t.valid_until > ${day}::date)`);
  }
  if (filter?.query) {
    const pattern = params.add(`%${filter.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`(t.name->>'en' ILIKE ${pattern} OR t.name->>'ru' ILIKE ${pattern} OR t.name->>'kk' ILIKE ${pattern})`);
  }
  const order = args.orderBy ?? { field: 'NAME', direction: 'ASC' };
  const spec: ListSpec = {
    select: REGIONS.select('t'),
    from: 'regions t',
    where,
    params,
    orderKey: ORDER_KEYS[order.field].key,
    orderKeyType: ORDER_KEYS[order.field].type,
    direction: order.direction,
  };
  return paginate<RegionRow>(db, spec, args);
}

/** SQL: whether the region column `column` lies in the region bound to `placeholder` or below it. */
export function inRegionSubtree(column: string, placeholder: string): string {
  return `${column} IN ${regionSubtree(`${placeholder}::bigint`)}`;
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
      WHERE t.parent_id = ANY(${keys}::bigint[]) ORDER BY qorgau_sort_text(t.name), t.id`,
    ),
    successorsByRegionId: rowsByKey<RegionRow>(
      db,
      (keys) => `/* regionSuccessors */
      SELECT s.predecessor_id::text AS "__key", ${REGIONS.select('t')} FROM region_successions s JOIN regions t ON t.id = s.successor_id
      WHERE s.predecessor_id = ANY(${keys}::bigint[]) ORDER BY t.id`,
    ),
    predecessorsByRegionId: rowsByKey<RegionRow>(
      db,
      (keys) => `/* regionPredecessors */
      SELECT s.successor_id::text AS "__key", ${REGIONS.select('t')} FROM region_successions s JOIN regions t ON t.id = s.predecessor_id
      WHERE s.successor_id = ANY(${keys}::bigint[]) ORDER BY t.id`,
    ),
  };
}
export type RegionLoaders = ReturnType<typeof createRegionLoaders>;
