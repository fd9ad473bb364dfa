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
function hitsOf(tables: readonly SearchTable[]): string {
  return tables
    .map(
      ({ typeName, table }) =>
        `SELECT '${typeName}' AS type, id, ts_rank(search_vector, q.query) AS rank FROM ${table}, q WHERE search_vector @@ q.query`,
    )
    .join(' UNION ALL ');
}

/** Every hit of the text bound to `placeholder` in `tables`, as a subquery (columns type, id, rank). */
export function hitsSql(tables: readonly SearchTable[], placeholder: string): string {
  return `(WITH q AS (SELECT ${tsQuery(placeholder)} AS query) SELECT * FROM (${hitsOf(tables)}) found)`;
}

/** The ranking of hits aliased `h`: best first, then by type and id (a stable order for positions). */
export const HIT_RANKING = (h: string) => `${h}.rank DESC, ${h}.type, ${h}.id`;

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
    `/* search */ SELECT hits.type, hits.id::text AS id, hits.rank FROM ${hitsSql(tables, q)} hits ORDER BY ${HIT_RANKING('hits')}
     LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
    params.values,
  );
}

/** How many hits `text` has in `tables`. */
export async function countHits(db: Queryable, tables: readonly SearchTable[], text: string): Promise<number> {
  const rows = await db.query<{ count: number }>(`/* searchCount */ SELECT count(*)::int AS count FROM ${hitsSql(tables, '$1')} hits`, [
    text,
  ]);
  return rows[0]?.count ?? 0;
}
