import type { Language } from '@qorgau/schema';
import { lookupKey } from '../graphql/lookup';
import type { Reference } from '../graphql/references';
import type { SqlParams } from '../sql/fragments';
import type { ListSpec, NestedListSpec } from '../sql/pagination';
import type { Relation } from '../sql/relation';
import type { Column, Columns, Table } from '../sql/table';
import { BUCKET_ORDINAL, MAX_BUCKETS } from '../sql/grouping';

// The declarative description the read compiler (compiler/compile.ts) reads: for each GraphQL
// object type, how each of its fields is computed in SQL from the type's row. Features declare it
// in their stores beside the tables it is derived from (`tableFields`), and list it in their
// `index.ts`; a field without a description makes its operation fall back to the resolvers.

/** What a field's compiler may ask of the statement being built. */
export interface FieldScope {
  /** The alias of the parent row (a row of the type's table, or of the subquery that selected it). */
  readonly row: string;
  /** The field's arguments, coerced by graphql-js (defaults applied). */
  readonly args: Readonly<Record<string, unknown>>;
  /** The language of localized text: the field's `lang`, else the request's. */
  readonly lang: Language;
  /** Whether the field's GraphQL type is non-null (a missing text then reads as ''). */
  readonly nonNull: boolean;
  /** The statement's parameters (for a store's condition builders). */
  readonly params: SqlParams;
  /** Binds a value; returns its placeholder. */
  param(value: unknown): string;
  /** The field's selection, for fields that build their JSON themselves (search). */
  readonly selection: FieldSelection;
  /** The table of a type's rows (its model's). */
  tableOf(typename: string): string;
  /** The JSON of the field's selection over `alias`, a row of the concrete type `typename` (for abstract fields). */
  objectAs(typename: string, alias: string): string;
  /**
   * The JSON of the field's (Node-typed) selection over the record a row names by type and id (SQL
   * of its type name and database id), as `node(id:)` finds it: null for none, or for a type it
   * does not return.
   */
  nodeOf(typeSql: string, idSql: string): string;
  /** A fresh alias for a table or subquery of this statement. */
  alias(): string;
  /** SQL appending `$n` placeholders of a statement written for its own parameters (a ListSpec) to this one's. */
  adopt(spec: ListSpec): ListSpec;
  /** A localized jsonb text in the field's language with the usual fallback ('' for a non-null field). */
  text(jsonb: string): string;
  /** The JSON of the field's selection over `alias`, a row of the field's (object) type. */
  object(alias: string): string;
  /** The JSON of the field's selection over the row of the field's type whose id is `idSql`; null when none. */
  objectById(idSql: string): string;
  /** The JSON of the field's selection over the one row of its type that `where(item)` picks; null when none. */
  objectWhere(where: (item: string) => string): string;
  /** A JSON array of the field's selection over the rows `from(item)` binds to `item`, ordered by `orderBy(item)`. */
  list(from: (item: string) => string, orderBy: (item: string) => string): string;
  /** The JSON of a connection over the list `spec` (rows aliased `t`), restricted to `parentKey = parentId`. */
  connection(spec: ListSpec, parent?: { key: string; id: string }): string;
  /** Records a filter names must exist: the statement checks them, and the resolvers report NOT_FOUND otherwise. */
  requireReferences(references: readonly Reference[]): void;
}

/** A selection set as the compiler sees it: response keys with their field names, compiled on demand. */
export interface FieldSelection {
  /** The response keys of an object-typed selection, in order (fragments and directives applied). */
  fields(): Array<{ key: string; name: string; selection: FieldSelection }>;
  /** The JSON of the selection over `alias`, a row of the concrete type `typename`. */
  objectAs(typename: string, alias: string): string;
  /** `json_build_object` of response keys and SQL values. */
  jsonObject(pairs: Array<[string, string]>): string;
}

/**
 * Compiles one field into a SQL expression whose value is the field's JSON. A pure function of its
 * scope (arguments, language, selection, row): the SQL of a selection without variables is compiled
 * once and replayed for later requests (CompiledSelections), so what changes per request — today's
 * date, the caller — belongs in the SQL (`now()`), never in a bound value computed here.
 */
export type FieldCompiler = (scope: FieldScope) => string;

/** How one GraphQL object type is read: its table (for rows fetched by id) and its fields. */
export interface TypeModel {
  readonly typename: string;
  /** The table a row is fetched from when another record refers to it by id. */
  readonly table?: string;
  readonly fields: Readonly<Record<string, FieldCompiler>>;
}

/** Base64url without padding of a SQL text, as Buffer.toString('base64url') writes it. */
export function base64url(text: string): string {
  return `rtrim(translate(encode(convert_to(${text}, 'UTF8'), 'base64'), E'+/\\n', '-_'), '=')`;
}

/** The global ID (`toGlobalId`) of the record of type `typename` whose database id is `idSql`. */
export function globalIdSql(typename: string, idSql: string): string {
  return globalIdOfSql(`'${typename}'`, idSql);
}

/** The same, for a record whose type is SQL too (a change's, a citation's). */
export function globalIdOfSql(typeSql: string, idSql: string): string {
  return base64url(`${typeSql} || ':' || ${idSql}`);
}

/** The field is the value of a SQL expression over the row, as it reads in JSON. */
export function value(sql: (row: string) => string): FieldCompiler {
  return (scope) => sql(scope.row);
}

/**
 * The fields that follow from a table's columns: scalars and enums as they are, localized texts
 * and lists of them in the request's language, the global ID of a record, and a reference
 * `xId` as the object field `x`. A GraphQL field of another shape than its column must be
 * described explicitly (it then overrides the derived one).
 */
export function tableFields(table: Table<Columns>): Record<string, FieldCompiler> {
  const fields: Record<string, FieldCompiler> = {};
  for (const [key, column] of Object.entries(table.columns) as Array<[string, Column<unknown>]>) {
    if (column.hidden || column.name === null) continue;
    const name = column.name;
    if (key === 'id') {
      if (table.typename) fields.id = globalIdField(table.typename, name);
    } else if (column.references) {
      if (key.endsWith('Id')) fields[key.slice(0, -2)] = (scope) => scope.objectById(`${scope.row}.${name}`);
    } else if (column.localized === 'text') {
      fields[key] = (scope) => scope.text(`${scope.row}.${name}`);
    } else if (column.localized === 'list') {
      fields[key] = localizedListField(name);
    } else if (column.dataType !== 'jsonb') {
      fields[key] = (scope) => column.select(scope.row);
    }
  }
  return fields;
}

/** The global ID of the row's record. */
export function globalIdField(typename: string, column = 'id'): FieldCompiler {
  return (scope) => globalIdSql(typename, `${scope.row}.${column}`);
}

/** A jsonb array of localized texts, each in the request's language ('' where it has none). */
export function localizedListField(column: string): FieldCompiler {
  return (scope) => {
    const item = scope.alias();
    return `(SELECT coalesce(json_agg(coalesce(${scope.text(`${item}.value`)}, '') ORDER BY ${item}.ordinality), '[]')
      FROM jsonb_array_elements(${scope.row}.${column}) WITH ORDINALITY ${item}(value, ordinality))`;
  };
}

/** A root field finding one record of the field's type by `id` or `slug` (as lookupByIdOrSlug does). */
export function lookupField(typename: string): FieldCompiler {
  return (scope) => {
    const key = lookupKey(typename, scope.args as { id?: string | null; slug?: string | null });
    if (key === null) return 'NULL::json';
    return 'id' in key
      ? scope.objectWhere((item) => `${item}.id = ${scope.param(key.id)}::bigint`)
      : scope.objectWhere((item) => `${item}.slug = ${scope.param(key.slug)}`);
  };
}

/**
 * A connection over the list a feature's ListSpec builder describes (the same one its resolver
 * pages through); `references` are the records its filter names, which must exist.
 */
export function connectionField<A>(list: (args: A) => ListSpec, references: (args: A) => readonly Reference[] = () => []): FieldCompiler {
  return (scope) => {
    const args = scope.args as A;
    scope.requireReferences(references(args));
    return scope.connection(list(args));
  };
}

/** A nested connection: the list of one parent (`parentKey`, SQL over the list's rows) among many. */
export function nestedConnectionField<A>(
  list: (args: A) => NestedListSpec,
  references: (args: A) => readonly Reference[] = () => [],
): FieldCompiler {
  return (scope) => {
    const args = scope.args as A;
    scope.requireReferences(references(args));
    const { spec, parentKey } = list(args);
    return scope.connection(spec, { key: parentKey, id: `${scope.row}.id` });
  };
}

/** A plain list: the rows of the field's type that a store's relation gives the parent row, in its order. */
export function listField(relation: Relation): FieldCompiler {
  return (scope) => scope.list((item) => `${relation.from(item)} WHERE ${relation.parentKey(item)} = ${scope.row}.id`, relation.order);
}

/** The first row of a store's relation under the parent row (its latest status change); null when there is none. */
export function firstField(relation: Relation): FieldCompiler {
  return (scope) => {
    const item = scope.alias();
    return `(SELECT ${scope.object(item)} FROM ${relation.from(item)} WHERE ${relation.parentKey(item)} = ${scope.row}.id
      ORDER BY ${relation.order(item)} LIMIT 1)`;
  };
}

/**
 * A root list of buckets (sql/grouping.ts): the rows the store's grouped statement selects, in its
 * order. More than MAX_BUCKETS fails the statement with QB001 (qorgau_too_many_buckets), which
 * hands the request to the resolvers to report; `references` are the records the filter names.
 */
export function bucketsField<A>(
  buckets: (args: A, params: SqlParams) => string,
  references: (args: A) => readonly Reference[] = () => [],
): FieldCompiler {
  return (scope) => {
    const args = scope.args as A;
    scope.requireReferences(references(args));
    const item = scope.alias();
    return `(SELECT CASE WHEN count(*) > ${MAX_BUCKETS} THEN qorgau_too_many_buckets()
        ELSE coalesce(json_agg(${scope.object(item)} ORDER BY ${item}."${BUCKET_ORDINAL}"), '[]'::json) END
      FROM (${buckets(args, scope.params)}) ${item})`;
  };
}

/** A bucket's period (`periodStart`, `periodEnd` of its row), as the Period object; null when it has none. */
export const periodField: FieldCompiler = (scope) =>
  `CASE WHEN ${scope.row}."periodStart" IS NULL THEN NULL ELSE ${scope.object(scope.row)} END`;

/** Period, read from the bucket row it belongs to. */
export const PERIOD_MODEL: TypeModel = {
  typename: 'Period',
  fields: { start: value((row) => `${row}."periodStart"`), end: value((row) => `${row}."periodEnd"`) },
};

/** A record's location (`latitude`, `longitude`, `address` of its row), as the Location object; null when it has none. */
export const locationField: FieldCompiler = (scope) =>
  `CASE WHEN ${scope.row}.latitude IS NULL AND ${scope.row}.address IS NULL THEN NULL ELSE ${scope.object(scope.row)} END`;

/** Location, read from the row of the record it belongs to. */
export const LOCATION_MODEL: TypeModel = {
  typename: 'Location',
  fields: {
    latitude: value((row) => `${row}.latitude`),
    longitude: value((row) => `${row}.longitude`),
    address: (scope) => scope.text(`${scope.row}.address`),
  },
};
