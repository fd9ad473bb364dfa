import type { Db } from '../../common/db';
import { rowsById, rowsByKey, rowsBySlug } from '../../common/loader-helpers';
import { REGION_COLUMNS, type RegionRow } from './region.type';

export function createRegionLoaders(db: Db) {
  return {
    regionById: rowsById<RegionRow>(db, REGION_COLUMNS, 'regions t'),
    regionBySlug: rowsBySlug<RegionRow>(db, REGION_COLUMNS, 'regions t'),
    childrenByRegionId: rowsByKey<RegionRow>(
      db,
      (keys) => `
      SELECT t.parent_id::text AS "__key", ${REGION_COLUMNS} FROM regions t
      WHERE t.parent_id = ANY(${keys}::bigint[]) ORDER BY qorgau_sort_text(t.name), t.id`,
    ),
    successorsByRegionId: rowsByKey<RegionRow>(
      db,
      (keys) => `
      SELECT s.predecessor_id::text AS "__key", ${REGION_COLUMNS} FROM region_successions s JOIN regions t ON t.id = s.successor_id
      WHERE s.predecessor_id = ANY(${keys}::bigint[]) ORDER BY t.id`,
    ),
    predecessorsByRegionId: rowsByKey<RegionRow>(
      db,
      (keys) => `
      SELECT s.successor_id::text AS "__key", ${REGION_COLUMNS} FROM region_successions s JOIN regions t ON t.id = s.predecessor_id
      WHERE s.successor_id = ANY(${keys}::bigint[]) ORDER BY t.id`,
    ),
  };
}
