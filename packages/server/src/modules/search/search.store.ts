import type { Queryable } from '../../sql/db';
import { SqlParams, tsQuery } from '../../sql/fragments';

/** A searchable table and the GraphQL type of its records. */
export interface SearchTable {
  typeName: string;
  table: string;
}

export interface SearchHit {
  type: string;
  id: string;
  rank: number;
}

/** One branch per table, each hit ranked; `q.query` is the text-search query (see the statements below). */
export function hitsOf(tables: readonly SearchTable[]): string {
  return tables
    .map(
      ({ typeName, table }) =>
        `SELECT '${typeName}' AS type, id, ts_rank(search_vector, q.query) AS rank FROM ${table}, q WHERE search_vector @@ q.query`,
    )
    .join(' UNION ALL ');
}

/** The hits for `text` in `tables`, best first, from `offset` on: at most `limit`. */
export function searchHits(
  db: Queryable,
  tables: readonly SearchTable[],
  text: string,
  limit: number,
  offset: number,
): Promise<SearchHit[]> {
  const params = new SqlParams();
  const q = params.add(text);
  return db.query<SearchHit>(
    `/* search */ WITH q AS (SELECT ${tsQuery(q)} AS query)
     SELECT hits.type, hits.id::text AS id, hits.rank FROM (${hitsOf(tables)}) hits ORDER BY hits.rank DESC, hits.type, hits.id
     LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
    params.values,
  );
}

/** How many hits `text` has in `tables`. */
export async function countHits(db: Queryable, tables: readonly SearchTable[], text: string): Promise<number> {
  const rows = await db.query<{ count: number }>(
    `/* searchCount */ WITH q AS (SELECT ${tsQuery('$1')} AS query) SELECT count(*)::int AS count FROM (${hitsOf(tables)}) hits`,
    [text],
  );
  return rows[0]?.count ?? 0;
}
