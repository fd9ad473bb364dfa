import { BadUserInputError } from '../errors';

// Aggregates (`eventStats`, `recommendationStats`, `indicatorTotals`): one grouped statement per
// question, whose rows are the buckets. The resolvers run it as it is; the read compiler wraps the
// same text into the operation's statement (compiler/model.ts `bucketsField`), so both paths
// answer with the same buckets in the same order.

/** One way of splitting rows into buckets: what a bucket is keyed by, and what it shows of its key. */
export interface Dimension {
  /** The enum value that names it in `groupBy` and `groupedBy`. */
  readonly name: string;
  /** The columns of a bucket: its name (as the row shape spells it) and the SQL grouped by. */
  readonly keys: ReadonlyArray<readonly [column: string, sql: string]>;
  /** Columns that follow from the keys, over the bucket row aliased `g` (a period's last day). */
  readonly derived?: ReadonlyArray<readonly [column: string, sql: (g: string) => string]>;
  /**
   * The order of buckets along this dimension, over the bucket row aliased `g` (its first key when
   * omitted): null keys (subtotals, rows without a value) last.
   */
  readonly order?: (g: string) => string;
}

export interface GroupedQuery {
  readonly dimensions: readonly Dimension[];
  /** Also the coarser buckets (every subset of the dimensions, down to the grand total), as GROUP BY CUBE. */
  readonly subtotals: boolean;
  readonly from: string;
  readonly where: readonly string[];
  /** What each bucket counts or sums: `expression AS "column"`, comma-separated. */
  readonly aggregates: string;
  /**
   * Every key column a bucket row of this aggregate has, with its SQL type: those of dimensions not
   * asked for are null, so that a selection may ask for any of them.
   */
  readonly columns: Readonly<Record<string, string>>;
}

/**
 * The most buckets one answer holds. Buckets are small, but a grid of every district by every
 * month by every kind would be a data dump rather than a dashboard: beyond this the request fails
 * with BAD_USER_INPUT and asks for a narrower filter or fewer dimensions.
 */
export const MAX_BUCKETS = 10_000;

/** The SQLSTATE of qorgau_too_many_buckets() (migration Aggregates): the compiled statement's way to say so. */
export const TOO_MANY_BUCKETS = 'QB001';

/** The column of a bucket row that numbers the buckets in their order (from 1). */
export const BUCKET_ORDINAL = 'ordinal';

/** An order along an enum dimension: its values in their declared order, not alphabetically. */
export function enumOrder(column: string, values: readonly string[]): (g: string) => string {
  return (g) => `array_position(ARRAY[${values.map((value) => `'${value}'`).join(', ')}]::text[], ${g}."${column}")`;
}

/**
 * SQL whose rows are the buckets: the keys of each (null for a dimension a subtotal does not split
 * by, or for rows without a value there), the aggregates, `groupedBy` (the dimensions it splits by,
 * in the order asked) and `ordinal`; ordered along the dimensions in the order asked, a dimension's
 * subtotal after its values. At most MAX_BUCKETS + 1 rows: one more says there are too many.
 */
export function groupedSql(query: GroupedQuery): string {
  const { dimensions } = query;
  const keySql = (dimension: Dimension) => dimension.keys.map(([, sql]) => sql);
  const element = (dimension: Dimension) => {
    const keys = keySql(dimension);
    return keys.length === 1 ? keys[0]! : `(${keys.join(', ')})`;
  };
  const columns = dimensions.flatMap((dimension, index) => [
    ...dimension.keys.map(([column, sql]) => `${sql} AS "${column}"`),
    `GROUPING(${keySql(dimension).join(', ')}) AS "__grouping${index}"`,
  ]);
  const groupedBy = dimensions.length
    ? `array_remove(ARRAY[${dimensions
        .map((dimension) => `CASE WHEN GROUPING(${keySql(dimension).join(', ')}) = 0 THEN '${dimension.name}' END`)
        .join(', ')}]::text[], NULL)`
    : `'{}'::text[]`;
  const groupBy = !dimensions.length
    ? ''
    : query.subtotals
      ? `GROUP BY CUBE (${dimensions.map(element).join(', ')})`
      : `GROUP BY ${dimensions.flatMap(keySql).join(', ')}`;
  const where = query.where.length ? `WHERE ${query.where.join(' AND ')}` : '';
  const order = dimensions.flatMap((dimension, index) => [
    dimension.order ? dimension.order('g') : `g."${dimension.keys[0]![0]}"`,
    `g."__grouping${index}"`,
  ]);
  const derived = dimensions.flatMap((dimension) => (dimension.derived ?? []).map(([column, sql]) => `, ${sql('g')} AS "${column}"`));
  const present = new Set(dimensions.flatMap((dimension) => [...dimension.keys, ...(dimension.derived ?? [])].map(([column]) => column)));
  const absent = Object.entries(query.columns).filter(([column]) => !present.has(column));
  derived.push(...absent.map(([column, type]) => `, NULL::${type} AS "${column}"`));
  return `SELECT g.*${derived.join('')}, row_number() OVER (ORDER BY ${order.length ? order.join(', ') : 'true'}) AS "${BUCKET_ORDINAL}"
    FROM (SELECT ${[...columns, `${query.aggregates}`, `${groupedBy} AS "groupedBy"`].join(', ')}
      FROM ${query.from} ${where} ${groupBy}) g
    ORDER BY "${BUCKET_ORDINAL}" LIMIT ${MAX_BUCKETS + 1}`;
}

/**
 * Rejects a `groupBy` that names a dimension twice, or two of `exclusive` (a bucket has one
 * period: MONTH and YEAR together would say two), with the offending item's path.
 */
export function assertGroupBy(groupBy: readonly string[], exclusive: readonly string[] = []): void {
  const seen = new Set<string>();
  let exclusiveSeen: string | null = null;
  for (const [index, name] of groupBy.entries()) {
    if (seen.has(name)) throw new BadUserInputError(`groupBy names ${name} twice.`, `groupBy[${index}]`);
    seen.add(name);
    if (exclusive.includes(name)) {
      if (exclusiveSeen !== null) {
        throw new BadUserInputError(
          `groupBy may hold one of ${exclusive.join(', ')}: ${exclusiveSeen} and ${name} were given.`,
          `groupBy[${index}]`,
        );
      }
      exclusiveSeen = name;
    }
  }
}

/** Rejects an answer of more than MAX_BUCKETS buckets (the statement reads one more to tell). */
export function assertBucketCount(buckets: readonly unknown[]): void {
  if (buckets.length > MAX_BUCKETS) {
    throw new BadUserInputError(
      `More than ${MAX_BUCKETS} buckets: narrow the filter (a date range, a region) or split by fewer dimensions.`,
      'groupBy',
    );
  }
}
