import DataLoader from 'dataloader';
import type { Db } from '../../common/db';
import { decodeTypedId } from '../../common/global-id';
import { localizedTextOrder, paginate, type Page } from '../../common/pagination';
import { regionSubtree, SqlParams } from '../../common/sql';
import type { IndicatorFilter, IndicatorTotalsFilter, PilotRegionsArgs, ProgrammesArgs } from './programme.inputs';
import {
  PILOT_REGION_COLUMNS,
  PROGRAMME_COLUMNS,
  type IndicatorTotalRow,
  type IndicatorValueRow,
  type PilotRegionRow,
  type ProgrammeRow,
  type StatusCountRow,
} from './programme.type';

const BY_NAME = localizedTextOrder('t.name');

export function listProgrammes(db: Db, args: ProgrammesArgs): Promise<Page<ProgrammeRow>> {
  const params = new SqlParams();
  const where: string[] = [];
  if (args.filter?.leadOrganization != null) {
    where.push(
      `t.lead_organization_id = ${params.add(decodeTypedId(args.filter.leadOrganization, 'Organization', 'filter.leadOrganization'))}::bigint`,
    );
  }
  return paginate<ProgrammeRow>(
    db,
    {
      select: PROGRAMME_COLUMNS,
      from: 'programmes t',
      where,
      params,
      orderKey: BY_NAME.key,
      orderKeyType: BY_NAME.type,
      direction: 'ASC',
    },
    args,
  );
}

export function listPilotRegions(db: Db, args: PilotRegionsArgs): Promise<Page<PilotRegionRow>> {
  const params = new SqlParams();
  const where: string[] = [];
  const filter = args.filter;
  if (filter?.programme != null)
    where.push(`t.programme_id = ${params.add(decodeTypedId(filter.programme, 'Programme', 'filter.programme'))}::bigint`);
  if (filter?.region != null) {
    where.push(`t.region_id IN ${regionSubtree(`${params.add(decodeTypedId(filter.region, 'Region', 'filter.region'))}::bigint`)}`);
  }
  if (filter?.statuses?.length) where.push(`t.status = ANY(${params.add(filter.statuses)}::text[])`);
  return paginate<PilotRegionRow>(
    db,
    {
      select: PILOT_REGION_COLUMNS,
      from: 'pilot_regions t',
      where,
      params,
      orderKey: `coalesce(t.started_on, '-infinity'::date)`,
      orderKeyType: 'date',
      direction: 'ASC',
    },
    args,
  );
}

export function listIndicatorValues(db: Db, pilotRegionId: string, filter: IndicatorFilter | undefined): Promise<IndicatorValueRow[]> {
  const params = new SqlParams();
  const where = [`v.pilot_region_id = ${params.add(pilotRegionId)}::bigint`];
  if (filter?.indicators?.length) where.push(`v.indicator = ANY(${params.add(filter.indicators)}::text[])`);
  if (filter?.period?.from) where.push(`v.period_end >= ${params.add(filter.period.from)}::date`);
  if (filter?.period?.to) where.push(`v.period_start <= ${params.add(filter.period.to)}::date`);
  return db.query<IndicatorValueRow>(
    `SELECT v.indicator, v.kind, v.value::float8 AS value, v.qualifier, v.region_id::text AS "regionId",
       v.period_start AS "periodStart", v.period_end AS "periodEnd", v.stated_as AS "statedAs"
     FROM indicator_values v WHERE ${where.join(' AND ')} ORDER BY v.period_start, v.indicator, v.id`,
    params.values,
  );
}

/** Totals per region and indicator for many pilots at once: one statement per argument set. */
export function indicatorTotalsLoader(db: Db, filter: IndicatorTotalsFilter | undefined): DataLoader<string, IndicatorTotalRow[]> {
  return new DataLoader(async (pilotIds) => {
    const params = new SqlParams();
    const where = [`v.pilot_region_id = ANY(${params.add(pilotIds)}::bigint[])`, `v.kind = ${params.add(filter?.kind ?? 'ACTUAL')}`];
    if (filter?.indicators?.length) where.push(`v.indicator = ANY(${params.add(filter.indicators)}::text[])`);
    if (filter?.period?.from) where.push(`v.period_start >= ${params.add(filter.period.from)}::date`);
    if (filter?.period?.to) where.push(`v.period_end <= ${params.add(filter.period.to)}::date`);
    const rows = await db.query<IndicatorTotalRow & { pilotId: string }>(
      `SELECT v.pilot_region_id::text AS "pilotId", v.region_id::text AS "regionId", v.indicator, v.kind,
         sum(v.value)::float8 AS total, count(*)::int AS "valueCount", bool_and(v.qualifier = 'EXACT') AS exact
       FROM indicator_values v WHERE ${where.join(' AND ')}
       GROUP BY v.pilot_region_id, v.region_id, v.indicator, v.kind ORDER BY v.region_id, v.indicator`,
      params.values,
    );
    return pilotIds.map((id) => rows.filter((row) => row.pilotId === id));
  });
}

/** Recommendations per status for the events in each pilot's region and the regions below it. */
export function recommendationCountsLoader(db: Db): DataLoader<string, StatusCountRow[]> {
  return new DataLoader(async (pilotIds) => {
    const rows = await db.query<StatusCountRow & { pilotId: string }>(
      `WITH RECURSIVE covered(pilot_id, region_id) AS (
         SELECT p.id, p.region_id FROM pilot_regions p WHERE p.id = ANY($1::bigint[])
         UNION ALL SELECT c.pilot_id, r.id FROM regions r JOIN covered c ON r.parent_id = c.region_id)
       SELECT c.pilot_id::text AS "pilotId", r.status, count(*)::int AS count
       FROM covered c JOIN events e ON e.region_id = c.region_id JOIN recommendations r ON r.event_id = e.id
       GROUP BY c.pilot_id, r.status ORDER BY r.status`,
      [pilotIds],
    );
    return pilotIds.map((id) => rows.filter((row) => row.pilotId === id));
  });
}
