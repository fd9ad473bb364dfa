import { isoTimestamp } from './fragments';
import type { Queryable } from './db';

/** A text in up to three languages, as stored in jsonb columns: `{ "en": …, "ru": …, "kk": … }`. */
export interface LocalizedText {
  en?: string;
  ru?: string;
  kk?: string;
}

/**
 * One key of a row and the column behind it, declared once per table: how reads select it, how
 * writes bind it, and what the migrated database must have (checked by test/tables.int.test.ts).
 */
export interface Column<T> {
  /** The database column; null for a key computed by the SELECT (such as `__typename`). */
  readonly name: string | null;
  /** The column's type as `information_schema.columns.data_type` reports it. */
  readonly dataType: string;
  readonly nullable: boolean;
  /** The SQL expression reading the column of the table aliased `alias` into the row's value. */
  select(alias: string): string;
  /** The bound parameter that writes `value`, and the cast its placeholder needs. */
  param(value: T): unknown;
  readonly cast: string;
  /** Written but never selected (a key's hash): it does not appear in rows. */
  readonly hidden?: true;
  /** For a reference: the GraphQL type of the record it points to (`Region`). */
  readonly references?: string;
  /** For a jsonb column of texts in several languages: one text, or a list of them. */
  readonly localized?: 'text' | 'list';
  /** Type only: the value a row holds for this column. */
  readonly __value?: T;
}

type Nullable<T, N extends boolean> = N extends true ? T | null : T;
interface Options<N extends boolean> {
  nullable?: N;
}

function column<T>(spec: {
  name: string | null;
  dataType: string;
  nullable: boolean;
  select: (alias: string) => string;
  param?: (value: T) => unknown;
  cast?: string;
  references?: string;
  localized?: 'text' | 'list';
}): Column<T> {
  return { param: (value: T) => value, cast: '', ...spec };
}

const jsonParam = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** The column types of the registry's tables. */
export const col = {
  /** A bigint key, carried as a decimal string (ids exceed what a JS number holds exactly). */
  id: (name = 'id') => column<string>({ name, dataType: 'bigint', nullable: false, select: (a) => `${a}.${name}::text`, cast: '::bigint' }),
  /** A bigint reference to a record of GraphQL type `to`, as a decimal string. */
  ref: <N extends boolean = false>(name: string, to: string, options?: Options<N>) =>
    column<Nullable<string, N>>({
      name,
      dataType: 'bigint',
      nullable: options?.nullable ?? false,
      select: (a) => `${a}.${name}::text`,
      cast: '::bigint',
      references: to,
    }),
  text: <N extends boolean = false>(name: string, options?: Options<N>) =>
    column<Nullable<string, N>>({ name, dataType: 'text', nullable: options?.nullable ?? false, select: (a) => `${a}.${name}` }),
  /** A text column holding one value of a GraphQL enum (CHECK-constrained in the migration). */
  enum: <E extends string, N extends boolean = false>(name: string, options?: Options<N>) =>
    column<Nullable<E, N>>({ name, dataType: 'text', nullable: options?.nullable ?? false, select: (a) => `${a}.${name}` }),
  localized: <N extends boolean = false>(name: string, options?: Options<N>) =>
    column<Nullable<LocalizedText, N>>({
      name,
      dataType: 'jsonb',
      nullable: options?.nullable ?? false,
      select: (a) => `${a}.${name}`,
      param: jsonParam,
      cast: '::jsonb',
      localized: 'text',
    }),
  /** A jsonb array of localized texts (topics, audiences). */
  localizedList: (name: string) =>
    column<LocalizedText[]>({
      name,
      dataType: 'jsonb',
      nullable: false,
      select: (a) => `${a}.${name}`,
      param: jsonParam,
      cast: '::jsonb',
      localized: 'list',
    }),
  /** A text[] column, read and bound as a JS array. */
  textList: (name: string) =>
    column<string[]>({ name, dataType: 'ARRAY', nullable: false, select: (a) => `${a}.${name}`, cast: '::text[]' }),
  /** Any other jsonb value. */
  json: <T, N extends boolean = false>(name: string, options?: Options<N>) =>
    column<Nullable<T, N>>({
      name,
      dataType: 'jsonb',
      nullable: options?.nullable ?? false,
      select: (a) => `${a}.${name}`,
      param: jsonParam,
      cast: '::jsonb',
    }),
  /** A calendar date, read as `YYYY-MM-DD` (the pg type parser keeps dates as text). */
  date: <N extends boolean = false>(name: string, options?: Options<N>) =>
    column<Nullable<string, N>>({
      name,
      dataType: 'date',
      nullable: options?.nullable ?? false,
      select: (a) => `${a}.${name}`,
      cast: '::date',
    }),
  /** A timestamptz, read as ISO 8601 text in UTC (formatted by PostgreSQL: no Date is parsed for it). */
  timestamp: <N extends boolean = false>(name: string, options?: Options<N>) =>
    column<Nullable<string, N>>({
      name,
      dataType: 'timestamp with time zone',
      nullable: options?.nullable ?? false,
      select: (a) => isoTimestamp(`${a}.${name}`),
      cast: '::timestamptz',
    }),
  int: <N extends boolean = false>(name: string, options?: Options<N>) =>
    column<Nullable<number, N>>({
      name,
      dataType: 'integer',
      nullable: options?.nullable ?? false,
      select: (a) => `${a}.${name}`,
      cast: '::int',
    }),
  /** An exact number, read as a JS number (the registry's figures fit a double). */
  numeric: (name: string) =>
    column<number>({ name, dataType: 'numeric', nullable: false, select: (a) => `${a}.${name}::float8`, cast: '::numeric' }),
  /** A double precision number (coordinates). */
  float: <N extends boolean = false>(name: string, options?: Options<N>) =>
    column<Nullable<number, N>>({
      name,
      dataType: 'double precision',
      nullable: options?.nullable ?? false,
      select: (a) => `${a}.${name}`,
      cast: '::float8',
    }),
  bool: <N extends boolean = false>(name: string, options?: Options<N>) =>
    column<Nullable<boolean, N>>({
      name,
      dataType: 'boolean',
      nullable: options?.nullable ?? false,
      select: (a) => `${a}.${name}`,
      cast: '::boolean',
    }),
  /** A digest that is written and compared but never read back (the hash of an API key). */
  hash: (name: string) => ({
    ...column<Buffer>({ name, dataType: 'bytea', nullable: false, select: () => 'NULL', cast: '::bytea' }),
    hidden: true as const,
  }),
  /** A constant computed by the SELECT: the GraphQL type name that resolves interfaces and unions. */
  typename: <T extends string>(typename: T) => ({
    ...column<T>({ name: null, dataType: 'text', nullable: false, select: () => `'${typename}'::text` }),
    typename,
  }),
};

export type Columns = Record<string, Column<never> | Column<unknown>>;
type ValueOf<C> = C extends Column<infer T> ? T : never;

/** A table of the registry with its row shape, declared once. */
export interface Table<C extends Columns> {
  readonly name: string;
  readonly columns: C;
  /** Whether rows carry `version`/`created_at`/`updated_at` (the registry's records). */
  readonly versioned: boolean;
  /** The GraphQL type of the rows, for tables whose rows have global IDs (a `__typename` column). */
  readonly typename: string | undefined;
  /** The SELECT list of the row for the table aliased `alias`. */
  select(alias?: string): string;
  /** The row as one JSON object, for returning a related row whole beside another (to prime its loader). */
  json(alias: string): string;
}

/** The row a table's reads return (hidden columns left out). */
export type RowOf<T> = T extends Table<infer C> ? { [K in keyof C as C[K] extends { hidden: true } ? never : K]: ValueOf<C[K]> } : never;

/** The keys a write may set: everything but the key, the computed keys and what PostgreSQL maintains. */
type Maintained = 'id' | '__typename' | 'version' | 'createdAt' | 'updatedAt';
export type WritableRow<T> = T extends Table<infer C> ? { [K in Exclude<keyof C, Maintained>]?: ValueOf<C[K]> } : never;

export function defineTable<const C extends Columns>(name: string, columns: C, options: { versioned?: boolean } = {}): Table<C> {
  const entries = (Object.entries(columns) as Array<[string, Column<unknown>]>).filter(([, c]) => !c.hidden);
  const typename = (columns as Record<string, { typename?: string }>).__typename?.typename;
  return {
    name,
    columns,
    versioned: options.versioned ?? false,
    typename,
    select: (alias = 't') => entries.map(([key, c]) => `${c.select(alias)} AS "${key}"`).join(', '),
    json: (alias) => `json_build_object(${entries.map(([key, c]) => `'${key}', ${c.select(alias)}`).join(', ')})`,
  };
}

/** The columns every registry record has: its type name, key, slug, version and timestamps. */
export function recordColumns<T extends string>(typename: T) {
  return {
    __typename: col.typename(typename),
    id: col.id(),
    slug: col.text('slug'),
    version: col.int('version'),
    createdAt: col.timestamp('created_at'),
    updatedAt: col.timestamp('updated_at'),
  };
}

/** A registry record's table: `recordColumns` plus its own, versioned. */
export function defineRecordTable<const T extends string, const C extends Columns>(name: string, typename: T, columns: C) {
  return defineTable(name, { ...recordColumns(typename), ...columns }, { versioned: true });
}

function assignments<C extends Columns>(table: Table<C>, values: WritableRow<Table<C>>, params: unknown[]): Array<[string, string]> {
  return Object.entries(values as Record<string, unknown>)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const c = table.columns[key] as Column<unknown> | undefined;
      if (!c?.name) throw new Error(`${table.name} has no writable column for "${key}"`);
      params.push(c.param(value));
      return [c.name, `$${params.length}${c.cast}`];
    });
}

/**
 * `INSERT … RETURNING id` of one row; `statement` names it in logs and `pg_stat_statements`.
 * Keys left undefined take the column's default.
 */
export async function insertRow<C extends Columns>(
  tx: Queryable,
  statement: string,
  table: Table<C>,
  values: WritableRow<Table<C>>,
): Promise<string> {
  const params: unknown[] = [];
  const set = assignments(table, values, params);
  const rows = await tx.query<{ id: string }>(
    `/* ${statement} */ INSERT INTO ${table.name} (${set.map(([name]) => name).join(', ')}) VALUES (${set.map(([, p]) => p).join(', ')}) RETURNING id::text AS id`,
    params,
  );
  return (rows[0] as { id: string }).id;
}

/**
 * `UPDATE … WHERE id = $id [AND version = $expected]` of one row: on a versioned table it also
 * raises `version` and `updated_at`. Returns whether a row matched (false: gone, or another version).
 */
export async function updateRow<C extends Columns>(
  tx: Queryable,
  statement: string,
  table: Table<C>,
  id: string,
  values: WritableRow<Table<C>>,
  expectedVersion?: number,
): Promise<boolean> {
  const params: unknown[] = [];
  const set = assignments(table, values, params).map(([name, placeholder]) => `${name} = ${placeholder}`);
  if (table.versioned) set.push('version = version + 1', 'updated_at = now()');
  if (set.length === 0) return true;
  params.push(id);
  let where = `id = $${params.length}::bigint`;
  if (expectedVersion !== undefined) {
    params.push(expectedVersion);
    where += ` AND version = $${params.length}::int`;
  }
  const rows = await tx.query<{ id: string }>(
    `/* ${statement} */ UPDATE ${table.name} SET ${set.join(', ')} WHERE ${where} RETURNING id::text AS id`,
    params,
  );
  return rows.length === 1;
}

/**
 * The row `id` of `table`, locked until the transaction ends; null when there is none. An update
 * takes `FOR NO KEY UPDATE`, which leaves other transactions free to insert rows that refer to it
 * (an organizer of the event); a delete takes `FOR UPDATE`.
 */
export async function selectForUpdate<C extends Columns>(
  tx: Queryable,
  statement: string,
  table: Table<C>,
  id: string,
  lock: 'update' | 'delete' = 'update',
): Promise<RowOf<Table<C>> | null> {
  const rows = await tx.query<RowOf<Table<C>>>(
    `/* ${statement} */ SELECT ${table.select('t')} FROM ${table.name} t WHERE t.id = $1::bigint ${lock === 'delete' ? 'FOR UPDATE' : 'FOR NO KEY UPDATE'}`,
    [id],
  );
  return rows[0] ?? null;
}

/** `DELETE … WHERE id = $id [AND version = $expected]`; returns whether a row was deleted. */
export async function deleteRow<C extends Columns>(
  tx: Queryable,
  statement: string,
  table: Table<C>,
  id: string,
  expectedVersion?: number,
): Promise<boolean> {
  const params: unknown[] = [id];
  let where = 'id = $1::bigint';
  if (expectedVersion !== undefined) {
    params.push(expectedVersion);
    where += ' AND version = $2::int';
  }
  const rows = await tx.query<{ id: string }>(
    `/* ${statement} */ DELETE FROM ${table.name} WHERE ${where} RETURNING id::text AS id`,
    params,
  );
  return rows.length === 1;
}

/**
 * `DELETE … WHERE <column> = $parentId`, returning the deleted rows (by id): the parts of a parent
 * that are records of their own (an official's posts), deleted in one statement.
 */
export async function deleteRowsOf<C extends Columns>(
  tx: Queryable,
  statement: string,
  table: Table<C>,
  parentColumn: keyof C & string,
  parentId: string,
): Promise<Array<RowOf<Table<C>>>> {
  const column = table.columns[parentColumn] as Column<unknown>;
  const rows = await tx.query<RowOf<Table<C>>>(
    `/* ${statement} */ DELETE FROM ${table.name} t WHERE t.${column.name} = $1::bigint RETURNING ${table.select('t')}`,
    [parentId],
  );
  return rows.sort((a, b) => Number((a as { id: string }).id) - Number((b as { id: string }).id));
}

/** The row `id` of `table`, or null. */
export async function selectById<C extends Columns>(
  tx: Queryable,
  statement: string,
  table: Table<C>,
  id: string,
): Promise<RowOf<Table<C>> | null> {
  const rows = await tx.query<RowOf<Table<C>>>(
    `/* ${statement} */ SELECT ${table.select('t')} FROM ${table.name} t WHERE t.id = $1::bigint`,
    [id],
  );
  return rows[0] ?? null;
}

/** Whether another row of `table` has `slug` (a row keeps its own: `exceptId`). */
export async function isSlugTaken(tx: Queryable, table: Table<Columns>, slug: string, exceptId?: string): Promise<boolean> {
  const rows = await tx.query(`/* slugTaken */ SELECT 1 FROM ${table.name} WHERE slug = $1 AND id <> $2::bigint`, [slug, exceptId ?? '0']);
  return rows.length > 0;
}

/** The slugs of `table` that are `base` or `base-…` (to pick the next free `base-n`). */
export async function slugsLike(tx: Queryable, table: Table<Columns>, base: string): Promise<Set<string>> {
  const rows = await tx.query<{ slug: string }>(`/* takenSlugs */ SELECT slug FROM ${table.name} WHERE slug = $1 OR slug LIKE $2`, [
    base,
    `${base.replace(/[\\%_]/g, (c) => `\\${c}`)}-%`,
  ]);
  return new Set(rows.map((row) => row.slug));
}

/** How many rows each of `queries` (statements taking the record's id as $1) returns, in one statement. */
export async function countRows(tx: Queryable, id: string, queries: readonly string[]): Promise<number[]> {
  if (queries.length === 0) return [];
  const [counts] = await tx.query<Record<string, number>>(
    `/* countReferences */ SELECT ${queries.map((sql, index) => `(SELECT count(*)::int FROM (${sql}) refs) AS c${index}`).join(', ')}`,
    [id],
  );
  return queries.map((_, index) => counts?.[`c${index}`] ?? 0);
}

/** Which of `ids` and `slugs` name rows of `table`: one statement (a table without slugs matches ids only). */
export function existingRows(
  tx: Queryable,
  table: Table<Columns>,
  ids: readonly string[],
  slugs: readonly string[],
): Promise<Array<{ id: string; slug: string | null }>> {
  const hasSlug = 'slug' in table.columns;
  return tx.query<{ id: string; slug: string | null }>(
    `/* resolveReferences */ SELECT id::text AS id, ${hasSlug ? 'slug' : 'NULL::text AS slug'} FROM ${table.name}
     WHERE id = ANY($1::bigint[])${hasSlug ? ' OR slug = ANY($2::text[])' : ''}`,
    hasSlug ? [ids, slugs] : [ids],
  );
}
