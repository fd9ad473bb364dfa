import DataLoader from 'dataloader';
import { isCalendarDate } from '../dates';
import { BadUserInputError } from '../errors';
import type { Db } from './db';
import { SqlParams } from './fragments';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export type SortDirection = 'ASC' | 'DESC';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * What a list is: rows of `from` (aliased `t` for the keyed table) that pass `where`, ordered by
 * `orderKey` then `t.id`, both in `direction`. The key is compared as SQL of type `orderKeyType`.
 */
export interface ListSpec {
  select: string;
  from: string;
  where: string[];
  params: SqlParams;
  orderKey: string;
  orderKeyType: 'date' | 'text' | 'timestamptz' | 'bigint' | 'int' | 'float8';
  direction: SortDirection;
}

/** A list of many parents' rows at once: `parentKey` is the SQL of a row's parent id. */
export interface NestedListSpec {
  spec: ListSpec;
  parentKey: string;
}

/** What a list can be ordered by: the SQL of the key and its type (for keyset cursors). */
export interface OrderKey {
  key: string;
  type: ListSpec['orderKeyType'];
}

/** Every record's creation time, an ordering all lists offer. */
export const CREATED_AT_ORDER: OrderKey = { key: 't.created_at', type: 'timestamptz' };

/** Every record's last change, an ordering all lists offer (for apps that sync). */
export const UPDATED_AT_ORDER: OrderKey = { key: 't.updated_at', type: 'timestamptz' };

/** A localized text ordered by its English, else Russian, else Kazakh form (indexed). */
export function localizedTextOrder(column: string): OrderKey {
  return { key: `qorgau_sort_text(${column})`, type: 'text' };
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A page of a list; `totalCount` is computed only when a client asks for it. */
export interface Page<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

export interface Window {
  limit: number;
  backward: boolean;
  cursor: { key: string; id: string } | null;
}

function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, argument: string): { key: string; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      /^\d{1,18}$/.test(parsed[1])
    ) {
      return { key: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError(`"${cursor}" is not a cursor of this list`, argument);
}

/** A page size argument must lie in 0..MAX_PAGE_SIZE. */
export function checkPageSize(value: number | null | undefined, argument: string): void {
  if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
    throw new BadUserInputError(`${argument} must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`, argument);
  }
}

/**
 * Which way a page goes, how long it is and the cursor it starts from, with `first`/`last`/`after`/
 * `before` checked as every list of the API checks them (keyset lists here, search by position).
 */
export function pageRequest(args: PageArgs): { backward: boolean; size: number; cursor: string | null } {
  const { first, after, last, before } = args;
  if (first != null && last != null) throw new BadUserInputError('Pass either first or last, not both', 'last');
  if (after != null && before != null) throw new BadUserInputError('Pass either after or before, not both', 'before');
  checkPageSize(first, 'first');
  checkPageSize(last, 'last');
  const backward = last != null || (before != null && first == null);
  if (backward && after != null) throw new BadUserInputError('after goes with first; use before with last', 'after');
  if (!backward && before != null) throw new BadUserInputError('before goes with last; use after with first', 'before');
  return { backward, size: (backward ? last : first) ?? DEFAULT_PAGE_SIZE, cursor: (backward ? before : after) ?? null };
}

export function windowOf(args: PageArgs): Window {
  const { backward, size, cursor } = pageRequest(args);
  return { limit: size, backward, cursor: cursor !== null ? decodeCursor(cursor, backward ? 'before' : 'after') : null };
}

interface KeyedRow {
  __k: string;
  __kid: string;
  /** The list's size, when counted in the same statement (`count(*) OVER ()`). */
  __total?: string;
}

/** How a nested page is fetched. */
export interface PageOptions {
  /**
   * The client asked for totalCount: on a first page (no cursor) it is counted in the page's own
   * statement with a window function instead of a second statement. Only for nested pages, whose
   * statement numbers every row of each parent anyway; on a root list the window would make
   * PostgreSQL read and sort the whole filtered list instead of stopping after one page.
   */
  withTotalCount?: boolean;
}

export function orderSql(spec: ListSpec, backward: boolean): { direction: SortDirection; comparison: string } {
  const effective: SortDirection = backward === (spec.direction === 'ASC') ? 'DESC' : 'ASC';
  return { direction: effective, comparison: effective === 'ASC' ? '>' : '<' };
}

/** What a cursor's key must be for each type of order key (a tampered cursor is bad input, not a SQL error). */
const KEY_CHECKS: Record<ListSpec['orderKeyType'], (key: string) => boolean> = {
  date: (key) => /^-?infinity$/.test(key) || isCalendarDate(key),
  text: (key) => !key.includes('\u0000'),
  timestamptz: (key) => {
    const match = /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-](0\d|1[0-4])(:[0-5]\d)?$/.exec(key);
    return match !== null && isCalendarDate(match[1]!);
  },
  bigint: (key) => /^-?\d{1,18}$/.test(key),
  int: (key) => /^-?\d{1,9}$/.test(key),
  float8: (key) => /^-?\d+(\.\d+)?(e[+-]?\d+)?$/.test(key),
};

export function keysetWhere(spec: ListSpec, window: Window, params: SqlParams): string[] {
  if (!window.cursor) return spec.where;
  if (!KEY_CHECKS[spec.orderKeyType](window.cursor.key)) {
    const argument = window.backward ? 'before' : 'after';
    throw new BadUserInputError(`"${encodeCursor(window.cursor.key, window.cursor.id)}" is not a cursor of this list`, argument);
  }
  const { comparison } = orderSql(spec, window.backward);
  const key = params.add(window.cursor.key);
  const id = params.add(window.cursor.id);
  return [...spec.where, `((${spec.orderKey}), t.id) ${comparison} (${key}::${spec.orderKeyType}, ${id}::bigint)`];
}

export function whereClause(conditions: string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
}

function countsInPage(window: Window, options: PageOptions): boolean {
  return Boolean(options.withTotalCount) && window.cursor === null && window.limit > 0;
}

function toPage<T>(rows: Array<T & KeyedRow>, window: Window, totalCount: () => Promise<number>, countedInPage = false): Page<T> {
  const hasMore = rows.length > window.limit;
  const kept = rows.slice(0, window.limit);
  if (window.backward) kept.reverse();
  if (countedInPage) {
    const total = Number(rows[0]?.__total ?? 0);
    totalCount = () => Promise.resolve(total);
  }
  const edges = kept.map((row) => {
    const { __k, __kid, __total: _total, ...node } = row;
    return { cursor: encodeCursor(__k, __kid), node: node as unknown as T };
  });
  let count: Promise<number> | undefined;
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: window.backward ? window.cursor !== null : hasMore,
      hasPreviousPage: window.backward ? hasMore : window.cursor !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      count ??= totalCount();
      return count;
    },
  };
}

/** One page of a root list: one statement for the rows, one more only if totalCount is asked for. */
export async function paginate<T>(db: Db, spec: ListSpec, args: PageArgs): Promise<Page<T>> {
  const window = windowOf(args);
  const params = new SqlParams();
  params.values.push(...spec.params.values);
  const where = keysetWhere(spec, window, params);
  const { direction } = orderSql(spec, window.backward);
  const limit = params.add(window.limit + 1);
  const rows =
    window.limit === 0
      ? []
      : await db.query<T & KeyedRow>(
          `SELECT ${spec.select}, (${spec.orderKey})::text AS "__k", t.id::text AS "__kid"
     FROM ${spec.from} ${whereClause(where)}
     ORDER BY (${spec.orderKey}) ${direction}, t.id ${direction} LIMIT ${limit}`,
          params.values,
        );
  return toPage(rows, window, async () => {
    const result = await db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM ${spec.from} ${whereClause(spec.where)}`,
      spec.params.values,
    );
    return result[0]?.count ?? 0;
  });
}

/**
 * Pages of the same list for many parents at once (an event's recommendations for every event of
 * a page): one statement for all parents, numbering rows per parent with a window function.
 * `parentKey` is the SQL expression of a row's parent id.
 */
export function batchedPages<T>(
  db: Db,
  spec: ListSpec,
  parentKey: string,
  args: PageArgs,
  options: PageOptions = {},
): DataLoader<string, Page<T>> {
  const window = windowOf(args);
  const counted = countsInPage(window, options);
  const counts = new DataLoader<string, number>(async (parentIds) => {
    const params = new SqlParams();
    params.values.push(...spec.params.values);
    const parents = params.add(parentIds);
    const rows = await db.query<{ parent: string; count: number }>(
      `SELECT (${parentKey})::text AS parent, count(*)::int AS count FROM ${spec.from}
       ${whereClause([...spec.where, `${parentKey} = ANY(${parents}::bigint[])`])} GROUP BY 1`,
      params.values,
    );
    const byParent = new Map(rows.map((row) => [row.parent, row.count]));
    return parentIds.map((id) => byParent.get(id) ?? 0);
  });
  return new DataLoader<string, Page<T>>(async (parentIds) => {
    const params = new SqlParams();
    params.values.push(...spec.params.values);
    const where = keysetWhere(spec, window, params);
    const parents = params.add(parentIds);
    const { direction } = orderSql(spec, window.backward);
    const limit = params.add(window.limit + 1);
    const rows =
      window.limit === 0
        ? []
        : await db.query<T & KeyedRow & { __parent: string; __rn: string }>(
            `SELECT * FROM (
         SELECT ${spec.select}, (${spec.orderKey})::text AS "__k", t.id::text AS "__kid", (${parentKey})::text AS "__parent",
           row_number() OVER (PARTITION BY ${parentKey} ORDER BY (${spec.orderKey}) ${direction}, t.id ${direction}) AS "__rn"
           ${counted ? `, count(*) OVER (PARTITION BY ${parentKey}) AS "__total"` : ''}
         FROM ${spec.from} ${whereClause([...where, `${parentKey} = ANY(${parents}::bigint[])`])}
       ) numbered WHERE "__rn" <= ${limit} ORDER BY "__parent", "__rn"`,
            params.values,
          );
    const byParent = new Map<string, Array<T & KeyedRow>>();
    for (const { __parent, __rn: _rn, ...row } of rows) {
      const list = byParent.get(__parent) ?? [];
      list.push(row as unknown as T & KeyedRow);
      byParent.set(__parent, list);
    }
    return parentIds.map((id) => toPage<T>(byParent.get(id) ?? [], window, () => counts.load(id), counted));
  });
}
