import DataLoader from 'dataloader';
import type { Queryable } from './db';
import type { Columns, RowOf, Table } from './table';

/** Loads a table's rows by id with one `= ANY($1)` statement per batch; unknown ids load as null. */
export function rowsById<C extends Columns>(db: Queryable, statement: string, table: Table<C>): DataLoader<string, RowOf<Table<C>> | null> {
  type Row = RowOf<Table<C>> & { id: string };
  return new DataLoader(async (ids) => {
    const rows = await db.query<Row>(`/* ${statement} */ SELECT ${table.select('t')} FROM ${table.name} t WHERE t.id = ANY($1::bigint[])`, [
      ids,
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Loads a table's rows by slug, like rowsById. */
export function rowsBySlug<C extends Columns>(
  db: Queryable,
  statement: string,
  table: Table<C>,
): DataLoader<string, RowOf<Table<C>> | null> {
  type Row = RowOf<Table<C>> & { slug: string };
  return new DataLoader(async (slugs) => {
    const rows = await db.query<Row>(`/* ${statement} */ SELECT ${table.select('t')} FROM ${table.name} t WHERE t.slug = ANY($1::text[])`, [
      slugs,
    ]);
    const bySlug = new Map(rows.map((row) => [row.slug, row]));
    return slugs.map((slug) => bySlug.get(slug) ?? null);
  });
}

/**
 * Loads the rows belonging to each key (selected as "__key"), in the statement's order. `prepare`
 * turns each raw row into the loaded value; loaders that join a related record use it to prime
 * that record's loader, so the related rows cost no statement of their own.
 */
export function rowsByKey<T, R = T>(
  db: Queryable,
  sql: (keysPlaceholder: string) => string,
  prepare?: (row: R) => T,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await db.query<R & { __key: string }>(sql('$1'), [keys]);
    const grouped = new Map<string, T[]>();
    for (const { __key, ...row } of rows) {
      const list = grouped.get(__key) ?? [];
      list.push(prepare ? prepare(row as unknown as R) : (row as unknown as T));
      grouped.set(__key, list);
    }
    return keys.map((key) => grouped.get(key) ?? []);
  });
}

/** Primes `loader` with a record a query returned beside its own rows (null when the join found none). */
export function primeWith<T>(loader: DataLoader<string, T | null>, id: string | null, record: T | null): void {
  if (id !== null && record !== null) loader.prime(id, record);
}

/** Memoises loaders that depend on field arguments, one per distinct argument set per request. */
export class ArgumentLoaders {
  private readonly cache = new Map<string, unknown>();

  get<T>(field: string, args: unknown, create: () => T): T {
    const key = `${field}:${JSON.stringify(args)}`;
    let loader = this.cache.get(key) as T | undefined;
    if (!loader) {
      loader = create();
      this.cache.set(key, loader);
    }
    return loader;
  }
}
