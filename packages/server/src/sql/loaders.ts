import DataLoader from 'dataloader';
import type { Queryable } from './db';
import type { Columns, RowOf, Table } from './table';

/** Loads a table's rows by a unique column with one `= ANY($1)` statement per batch; unknown values load as null. */
function rowsByUnique<C extends Columns>(
  db: Queryable,
  statement: string,
  table: Table<C>,
  column: 'id' | 'slug',
): DataLoader<string, RowOf<Table<C>> | null> {
  type Row = RowOf<Table<C>> & Record<typeof column, string>;
  const arrayType = column === 'id' ? 'bigint[]' : 'text[]';
  return new DataLoader(async (values) => {
    const rows = await db.query<Row>(
      `/* ${statement} */ SELECT ${table.select('t')} FROM ${table.name} t WHERE t.${column} = ANY($1::${arrayType})`,
      [values],
    );
    const byValue = new Map(rows.map((row) => [row[column], row]));
    return values.map((value) => byValue.get(value) ?? null);
  });
}

/** Loads a table's rows by id; unknown ids load as null. */
export function rowsById<C extends Columns>(db: Queryable, statement: string, table: Table<C>): DataLoader<string, RowOf<Table<C>> | null> {
  return rowsByUnique(db, statement, table, 'id');
}

/** Loads a table's rows by slug, like rowsById. */
export function rowsBySlug<C extends Columns>(
  db: Queryable,
  statement: string,
  table: Table<C>,
): DataLoader<string, RowOf<Table<C>> | null> {
  return rowsByUnique(db, statement, table, 'slug');
}

/** Rows grouped under the keys they belong to, in the rows' order; keys without rows get []. */
export function groupByKey<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = grouped.get(key);
    if (list) list.push(row);
    else grouped.set(key, [row]);
  }
  return keys.map((key) => grouped.get(key) ?? []);
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
    return groupByKey(keys, rows, (row) => row.__key).map((group) =>
      group.map(({ __key, ...row }) => (prepare ? prepare(row as unknown as R) : (row as unknown as T))),
    );
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
