import type { Db } from '../../common/db';
import { rowsById, rowsByKey, rowsBySlug } from '../../common/loader-helpers';
import { OFFICIAL_COLUMNS, POST_COLUMNS, type OfficialRow, type PostRow } from './official.type';

export function createOfficialLoaders(db: Db) {
  return {
    officialById: rowsById<OfficialRow>(db, OFFICIAL_COLUMNS, 'officials t'),
    officialBySlug: rowsBySlug<OfficialRow>(db, OFFICIAL_COLUMNS, 'officials t'),
    postsByOfficialId: rowsByKey<PostRow>(db, (keys) => `
      SELECT p.official_id::text AS "__key", ${POST_COLUMNS} FROM posts p
      WHERE p.official_id = ANY(${keys}::bigint[])
      ORDER BY coalesce(p.started_on, p.attested_on) DESC NULLS LAST, p.id`),
  };
}
