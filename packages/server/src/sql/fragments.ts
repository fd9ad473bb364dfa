/**
 * Collects the parameters of one SQL statement: `params.add(value)` returns its placeholder.
 * Keeps filter-building code free of hand-counted `$n`.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * A full-text query matched with English and Russian stemming and with plain word forms (the
 * `simple` configuration, which covers Kazakh): a word matches in any of the three.
 */
export function tsQuery(placeholder: string): string {
  return `(websearch_to_tsquery('english', ${placeholder}) || websearch_to_tsquery('russian', ${placeholder}) || websearch_to_tsquery('simple', ${placeholder}))`;
}

/**
 * A timestamptz as ISO 8601 text in UTC, formatted by PostgreSQL: rows carry it as a string, so no
 * Date is parsed for timestamps a response may not even ask for.
 */
export function isoTimestamp(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** SQL: the record (aliased `t`) changed at or after the timestamp bound to `placeholder`. */
export function updatedSince(placeholder: string): string {
  return `t.updated_at >= ${placeholder}::timestamptz`;
}

/** Today's date in UTC, the day `todayDate()` (dates.ts) gives in JS, whatever the session's time zone. */
export const TODAY_SQL = `(now() AT TIME ZONE 'UTC')::date`;

/** A record named by its database id or its slug. */
export type RecordKey = { id: string } | { slug: string };

/** SQL: the ids of the records of `table` that `keys` name, as a subquery (one lookup for ids, one for slugs). */
export function recordIdsSql(table: string, keys: readonly RecordKey[], params: SqlParams): string {
  const ids = keys.flatMap((key) => ('id' in key ? [key.id] : []));
  const slugs = keys.flatMap((key) => ('slug' in key ? [key.slug] : []));
  const conditions = [
    ...(ids.length ? [`id = ANY(${params.add(ids)}::bigint[])`] : []),
    ...(slugs.length ? [`slug = ANY(${params.add(slugs)}::text[])`] : []),
  ];
  return `(SELECT id FROM ${table} WHERE ${conditions.join(' OR ') || 'false'})`;
}
