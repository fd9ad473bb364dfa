import DataLoader from 'dataloader';
import type { Db, Queryable } from '../../sql/db';
import { groupByKey, rowsById } from '../../sql/loaders';
import { SqlParams, recordIdsSql } from '../../sql/fragments';
import { col, defineTable, insertRow, updateRow, type RowOf, type WritableRow } from '../../sql/table';
import type { IndicatorFilter, IndicatorTotalsArgs, IndicatorTotalsFilter } from './indicator.inputs';
import { IndicatorKind, ValueKind, type IndicatorDimension, type ValueQualifier } from './indicator.type';
import { BadUserInputError } from '../../errors';
import { decodeTypedId } from '../../graphql/global-id';
import { assertGroupBy, enumOrder, groupedSql, type Dimension } from '../../sql/grouping';
import { bucketParents, filterRegionIds, inRegion, inRegions, regionBuckets, regionDimension } from '../regions/region.store';
import { recordKeys } from '../../graphql/references';

/** Aggregate figures of a pilot per covered region and period (never data on individuals). */
export const INDICATOR_VALUES = defineTable(
  'indicator_values',
  {
    __typename: col.typename('IndicatorValue'),
    id: col.id(),
    pilotRegionId: col.ref('pilot_region_id', 'PilotRegion'),
    regionId: col.ref('region_id', 'Region'),
    indicator: col.enum<IndicatorKind>('indicator'),
    kind: col.enum<ValueKind>('kind'),
    value: col.numeric('value'),
    qualifier: col.enum<ValueQualifier>('qualifier'),
    periodStart: col.date('period_start'),
    periodEnd: col.date('period_end'),
    /** The words of the source ("more than 3 thousand events"), kept beside the number. */
    statedAs: col.localized('stated_as', { nullable: true }),
    version: col.int('version'),
    createdAt: col.timestamp('created_at'),
    updatedAt: col.timestamp('updated_at'),
  },
  { versioned: true },
);
export type IndicatorValueRow = RowOf<typeof INDICATOR_VALUES>;

export interface IndicatorTotalRow {
  regionId: string;
  indicator: IndicatorKind;
  kind: ValueKind;
  total: number;
  valueCount: number;
  exact: boolean;
}

/** The conditions of IndicatorFilter on the values aliased `v`: indicators, and periods overlapping the period asked for. */
export function indicatorValuesWhere(v: string, filter: IndicatorFilter | null | undefined, params: SqlParams): string[] {
  const where: string[] = [];
  if (filter?.indicators?.length) where.push(`${v}.indicator = ANY(${params.add(filter.indicators)}::text[])`);
  if (filter?.period?.from) where.push(`${v}.period_end >= ${params.add(filter.period.from)}::date`);
  if (filter?.period?.to) where.push(`${v}.period_start <= ${params.add(filter.period.to)}::date`);
  return where;
}

/** The values a pilot's figures list, in their order (for the values aliased `v`). */
export const INDICATOR_VALUES_ORDER = (v: string) => `${v}.period_start, ${v}.indicator, ${v}.id`;

/**
 * The conditions of IndicatorTotalsFilter: one kind (ACTUAL by default), indicators, and periods
 * overlapping the dates asked for, as every date range of the API selects (a figure of a longer
 * period counts whole).
 */
export function indicatorTotalsWhere(v: string, filter: IndicatorTotalsFilter | null | undefined, params: SqlParams): string[] {
  const where = [`${v}.kind = ${params.add(filter?.kind ?? 'ACTUAL')}`];
  if (filter?.indicators?.length) where.push(`${v}.indicator = ANY(${params.add(filter.indicators)}::text[])`);
  if (filter?.period?.from) where.push(`${v}.period_end >= ${params.add(filter.period.from)}::date`);
  if (filter?.period?.to) where.push(`${v}.period_start <= ${params.add(filter.period.to)}::date`);
  return where;
}

/** The order of a pilot's totals: by region, then indicator (for the totals aliased `t`). */
export const TOTALS_ORDER = (t: string) => `${t}.region_id, ${t}.indicator`;

/** The aggregates of a total over the values aliased `v`: what IndicatorTotal shows beside its keys. */
export const INDICATOR_TOTAL_COLUMNS = (v: string) =>
  `sum(${v}.value)::float8 AS total, count(*)::int AS "valueCount", bool_and(${v}.qualifier = 'EXACT') AS exact`;

/**
 * The totals of the pilot aliased `pilot` under one filter, as a FROM item aliased `item`: what
 * `indicatorTotalsLoader` computes for many pilots.
 */
export function indicatorTotalsOf(
  pilot: string,
  item: string,
  filter: IndicatorTotalsFilter | null | undefined,
  params: SqlParams,
): string {
  const where = [`v.pilot_region_id = ${pilot}.id`, ...indicatorTotalsWhere('v', filter, params)];
  return `(SELECT v.region_id, v.indicator, v.kind, ${INDICATOR_TOTAL_COLUMNS('v')} FROM indicator_values v
    WHERE ${where.join(' AND ')} GROUP BY v.region_id, v.indicator, v.kind) ${item}`;
}

/** The figures of the pilot aliased `pilot` under one filter, bound to `item`: what `indicatorValuesLoader` reads for many pilots. */
export function indicatorValuesOf(pilot: string, item: string, filter: IndicatorFilter | null | undefined, params: SqlParams): string {
  const where = [`${item}.pilot_region_id = ${pilot}.id`, ...indicatorValuesWhere(item, filter, params)];
  return `indicator_values ${item} WHERE ${where.join(' AND ')}`;
}

/** The values of many pilots, narrowed by one filter: one statement per filter and batch. */
export function indicatorValuesLoader(db: Queryable, filter: IndicatorFilter | null | undefined): DataLoader<string, IndicatorValueRow[]> {
  return new DataLoader(async (pilotIds) => {
    const params = new SqlParams();
    const where = [`v.pilot_region_id = ANY(${params.add(pilotIds)}::bigint[])`, ...indicatorValuesWhere('v', filter, params)];
    const rows = await db.query<IndicatorValueRow>(
      `/* pilotIndicatorValues */ SELECT ${INDICATOR_VALUES.select('v')}
       FROM indicator_values v WHERE ${where.join(' AND ')} ORDER BY ${INDICATOR_VALUES_ORDER('v')}`,
      params.values,
    );
    return groupByKey(pilotIds, rows, (row) => row.pilotRegionId);
  });
}

/** Totals per region and indicator for many pilots at once: one statement per filter and batch. */
export function indicatorTotalsLoader(
  db: Queryable,
  filter: IndicatorTotalsFilter | null | undefined,
): DataLoader<string, IndicatorTotalRow[]> {
  return new DataLoader(async (pilotIds) => {
    const params = new SqlParams();
    const where = [`v.pilot_region_id = ANY(${params.add(pilotIds)}::bigint[])`, ...indicatorTotalsWhere('v', filter, params)];
    const rows = await db.query<IndicatorTotalRow & { pilotId: string }>(
      `/* pilotIndicatorTotals */ SELECT v.pilot_region_id::text AS "pilotId", v.region_id::text AS "regionId", v.indicator, v.kind,
         ${INDICATOR_TOTAL_COLUMNS('v')}
       FROM indicator_values v WHERE ${where.join(' AND ')}
       GROUP BY v.pilot_region_id, v.region_id, v.indicator, v.kind ORDER BY ${TOTALS_ORDER('v')}`,
      params.values,
    );
    return groupByKey(pilotIds, rows, (row) => row.pilotId);
  });
}

/**
 * SQL: how a sum of the values aliased `v` is qualified. Lower bounds add up to a lower bound (more
 * than 3,000 and exactly 500 is more than 3,500), upper bounds to an upper bound; anything
 * approximate, or bounds both ways, only to an approximation.
 */
function sumQualifierSql(v: string): string {
  const any = (qualifiers: string) => `coalesce(bool_or(${v}.qualifier IN (${qualifiers})), false)`;
  return `CASE
      WHEN NOT ${any(`'MORE_THAN', 'AT_LEAST', 'LESS_THAN', 'AT_MOST', 'APPROXIMATELY'`)} THEN 'EXACT'
      WHEN ${any(`'APPROXIMATELY'`)} OR (${any(`'MORE_THAN', 'AT_LEAST'`)} AND ${any(`'LESS_THAN', 'AT_MOST'`)}) THEN 'APPROXIMATELY'
      WHEN ${any(`'MORE_THAN'`)} THEN 'MORE_THAN'
      WHEN ${any(`'AT_LEAST'`)} THEN 'AT_LEAST'
      WHEN ${any(`'LESS_THAN'`)} THEN 'LESS_THAN'
      ELSE 'AT_MOST' END`;
}

/** A bucket of `indicatorTotals`: its keys (null where it does not split), its sum and the dimensions it splits by. */
export interface IndicatorBucketRow {
  regionId: string | null;
  indicator: IndicatorKind | null;
  kind: ValueKind | null;
  periodStart: string | null;
  periodEnd: string | null;
  total: number;
  valueCount: number;
  exact: boolean;
  qualifier: ValueQualifier;
  groupedBy: IndicatorDimension[];
}

/** The buckets of `indicatorTotals` (rows shaped IndicatorBucketRow), their parameters bound to `params`. */
export function indicatorBucketsSql(args: IndicatorTotalsArgs, params: SqlParams): string {
  assertGroupBy(args.groupBy);
  const filter = args.filter;
  const byKind = args.groupBy.includes('KIND');
  // No kinds named (omitted or empty): actuals alone, both when split by KIND.
  const kinds = [...new Set(filter?.kinds?.length ? filter.kinds : byKind ? [] : ['ACTUAL'])];
  if (!byKind && kinds.length > 1) {
    throw new BadUserInputError('Targets and actuals are not summed together: ask for one kind, or split by KIND.', 'filter.kinds');
  }
  const where: string[] = [];
  if (kinds.length) where.push(`v.kind = ANY(${params.add(kinds)}::text[])`);
  if (filter?.indicators?.length) where.push(`v.indicator = ANY(${params.add(filter.indicators)}::text[])`);
  if (filter?.period?.from && filter.period.to && filter.period.from > filter.period.to) {
    throw new BadUserInputError(`period.from (${filter.period.from}) is after period.to (${filter.period.to})`, 'filter.period');
  }
  if (filter?.period?.from) where.push(`v.period_end >= ${params.add(filter.period.from)}::date`);
  if (filter?.period?.to) where.push(`v.period_start <= ${params.add(filter.period.to)}::date`);
  if (filter?.programme != null) {
    const programme = params.add(decodeTypedId(filter.programme, 'Programme', 'filter.programme'));
    where.push(`v.pilot_region_id IN (SELECT p.id FROM pilot_regions p WHERE p.programme_id = ${programme}::bigint)`);
  }
  if (filter?.programmes?.length) {
    const programmes = recordIdsSql('programmes', recordKeys(filter.programmes, 'Programme', 'filter.programmes'), params);
    where.push(`v.pilot_region_id IN (SELECT p.id FROM pilot_regions p WHERE p.programme_id IN ${programmes})`);
  }
  const region = filter?.region != null ? params.add(decodeTypedId(filter.region, 'Region', 'filter.region')) : null;
  if (region !== null) where.push(inRegion('v.region_id', region, filter?.followSuccessions));
  const regions = filter?.regions?.length ? recordIdsSql('regions', recordKeys(filter.regions, 'Region', 'filter.regions'), params) : null;
  if (regions !== null) where.push(inRegions('v.region_id', regions, filter?.followSuccessions));
  let from = 'indicator_values v';
  const dimensions = args.groupBy.map((name): Dimension => {
    switch (name) {
      case 'REGION':
        from += ` JOIN ${regionBuckets(bucketParents(filterRegionIds(region, regions), filter?.followSuccessions), 'b')} ON b.region_id = v.region_id`;
        return regionDimension('b');
      case 'PERIOD':
        return {
          name,
          keys: [
            ['periodStart', 'v.period_start'],
            ['periodEnd', 'v.period_end'],
          ],
          order: (g) => `${g}."periodStart", ${g}."periodEnd"`,
        };
      case 'INDICATOR':
        return { name, keys: [['indicator', 'v.indicator']], order: enumOrder('indicator', Object.values(IndicatorKind)) };
      case 'KIND':
        return { name, keys: [['kind', 'v.kind']], order: enumOrder('kind', Object.values(ValueKind)) };
    }
  });
  const aggregates = `coalesce(sum(v.value), 0)::float8 AS total, count(*)::int AS "valueCount",
    coalesce(bool_and(v.qualifier = 'EXACT'), true) AS exact, ${sumQualifierSql('v')} AS qualifier`;
  return groupedSql({
    dimensions,
    subtotals: args.subtotals ?? false,
    from,
    where,
    aggregates,
    columns: { regionId: 'bigint', indicator: 'text', kind: 'text', periodStart: 'date', periodEnd: 'date' },
  });
}

export function indicatorBuckets(db: Queryable, args: IndicatorTotalsArgs): Promise<IndicatorBucketRow[]> {
  const params = new SqlParams();
  return db.query<IndicatorBucketRow>(`/* indicatorTotals */ ${indicatorBucketsSql(args, params)}`, params.values);
}

/** The identity of a figure: one value per pilot, region, indicator, kind and period. */
export interface IndicatorKey {
  regionId: string;
  indicator: IndicatorKind;
  kind: ValueKind;
  periodStart: string;
  periodEnd: string;
}

export function indicatorKeyOf(key: IndicatorKey): string {
  return [key.regionId, key.indicator, key.kind, key.periodStart, key.periodEnd].join('|');
}

/** The values of a pilot with these keys, locked until the transaction ends. */
export async function lockIndicatorValues(
  tx: Queryable,
  pilotRegionId: string,
  keys: readonly IndicatorKey[],
): Promise<IndicatorValueRow[]> {
  if (keys.length === 0) return [];
  return tx.query<IndicatorValueRow>(
    `/* lockIndicatorValues */ SELECT ${INDICATOR_VALUES.select('v')} FROM indicator_values v
     WHERE v.pilot_region_id = $1::bigint
       AND (v.region_id, v.indicator, v.kind, v.period_start, v.period_end) IN (
         SELECT * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::date[], $6::date[]))
     ORDER BY v.id FOR UPDATE`,
    [
      pilotRegionId,
      keys.map((k) => k.regionId),
      keys.map((k) => k.indicator),
      keys.map((k) => k.kind),
      keys.map((k) => k.periodStart),
      keys.map((k) => k.periodEnd),
    ],
  );
}

export function insertIndicatorValue(tx: Queryable, values: WritableRow<typeof INDICATOR_VALUES>): Promise<string> {
  return insertRow(tx, 'insertIndicatorValue', INDICATOR_VALUES, values);
}

export function updateIndicatorValueRow(tx: Queryable, id: string, values: WritableRow<typeof INDICATOR_VALUES>): Promise<boolean> {
  return updateRow(tx, 'updateIndicatorValue', INDICATOR_VALUES, id, values);
}

// Created per request: loaders must not outlive the operation.
export function createIndicatorLoaders(db: Db) {
  return { indicatorValueById: rowsById(db, 'indicatorValuesByIds', INDICATOR_VALUES) };
}
