import type { Db } from '../../common/db';
import { decodeTypedId } from '../../common/global-id';
import { paginate, type Page } from '../../common/pagination';
import { regionSubtree, SqlParams } from '../../common/sql';
import type { IndicatorFilter, PilotRegionsArgs, ProgrammesArgs } from './programme.inputs';
import { PILOT_REGION_COLUMNS, PROGRAMME_COLUMNS, type IndicatorValueRow, type PilotRegionRow, type ProgrammeRow } from './programme.type';

export function listProgrammes(db: Db, args: ProgrammesArgs): Promise<Page<ProgrammeRow>> {
  const params = new SqlParams();
  const where: string[] = [];
  if (args.filter?.leadOrganization != null) {
    where.push(`t.lead_organization_id = ${params.add(decodeTypedId(args.filter.leadOrganization, 'Organization', 'filter.leadOrganization'))}::bigint`);
  }
  return paginate<ProgrammeRow>(db, {
    select: PROGRAMME_COLUMNS, from: 'programmes t', where, params, orderKey: 'qorgau_sort_text(t.name)', orderKeyType: 'text', direction: 'ASC',
  }, args);
}

export function listPilotRegions(db: Db, args: PilotRegionsArgs): Promise<Page<PilotRegionRow>> {
  const params = new SqlParams();
  const where: string[] = [];
  const filter = args.filter;
  if (filter?.programme != null) where.push(`t.programme_id = ${params.add(decodeTypedId(filter.programme, 'Programme', 'filter.programme'))}::bigint`);
  if (filter?.region != null) {
    where.push(`t.region_id IN ${regionSubtree(`${params.add(decodeTypedId(filter.region, 'Region', 'filter.region'))}::bigint`)}`);
  }
  if (filter?.statuses?.length) where.push(`t.status = ANY(${params.add(filter.statuses)}::text[])`);
  return paginate<PilotRegionRow>(db, {
    select: PILOT_REGION_COLUMNS, from: 'pilot_regions t', where, params,
    orderKey: `coalesce(t.started_on, '-infinity'::date)`, orderKeyType: 'date', direction: 'ASC',
  }, args);
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
