import type { Db } from '../../common/db';
import { rowsById, rowsByKey } from '../../common/loader-helpers';
import { SOURCE_COLUMNS, type SourceRow } from './source.type';

export function createSourceLoaders(db: Db) {
  return {
    sourceById: rowsById<SourceRow>(db, SOURCE_COLUMNS, 'sources t'),
    /** Keyed by `Type:databaseId`. */
    sourcesByRecord: rowsByKey<SourceRow>(
      db,
      (keys) => `
      SELECT rs.record_type || ':' || rs.record_id AS "__key", ${SOURCE_COLUMNS}
      FROM record_sources rs JOIN sources t ON t.id = rs.source_id
      WHERE (rs.record_type, rs.record_id) IN (SELECT split_part(k, ':', 1), split_part(k, ':', 2)::bigint FROM unnest(${keys}::text[]) k)
      ORDER BY t.published_on NULLS LAST, t.id`,
    ),
  };
}
