import { defineRelation } from '../../sql/relation';
import type { Snapshot } from '../../audit/snapshot';
import type { Db, Queryable } from '../../sql/db';
import { SqlParams, TODAY_SQL, recordIdsSql, tsQuery, updatedSince } from '../../sql/fragments';
import { primeWith, rowsById, rowsByKey, rowsBySlug } from '../../sql/loaders';
import {
  CREATED_AT_ORDER,
  UPDATED_AT_ORDER,
  paginate,
  type ListSpec,
  type NestedListSpec,
  type OrderKey,
  type Page,
} from '../../sql/pagination';
import {
  col,
  defineRecordTable,
  defineTable,
  insertRow,
  updateRow,
  type LocalizedText,
  type RowOf,
  type WritableRow,
} from '../../sql/table';
import { decodeTypedId, toGlobalId } from '../../graphql/global-id';
import { ORGANIZATIONS, type OrganizationLoaders, type OrganizationRow } from '../organizations/organization.store';
import { inRegion, inRegions } from '../regions/region.store';
import { recordKeys } from '../../graphql/references';
import type { RecommendationFilter, RecommendationOrderField, RecommendationStatsArgs, RecommendationsArgs } from './recommendation.inputs';
import { RecommendationStatus, RecommendationTheme, type RecommendationDimension } from './recommendation.type';
import { assertGroupBy, enumOrder, groupedSql, type Dimension } from '../../sql/grouping';

export const RECOMMENDATIONS = defineRecordTable('recommendations', 'Recommendation', {
  eventId: col.ref('event_id', 'Event'),
  text: col.localized('text'),
  theme: col.enum<RecommendationTheme>('theme'),
  status: col.enum<RecommendationStatus>('status'),
  dueOn: col.date('due_on', { nullable: true }),
  /** The order of adoption at its event. */
  position: col.int('position'),
});
export type RecommendationRow = RowOf<typeof RECOMMENDATIONS>;

export const RECOMMENDATION_RESPONSIBLE_ORGANIZATIONS = defineTable('recommendation_responsible_organizations', {
  recommendationId: col.ref('recommendation_id', 'Recommendation'),
  organizationId: col.ref('organization_id', 'Organization'),
});

export const RECOMMENDATION_STATUS_CHANGES = defineTable('recommendation_status_changes', {
  id: col.id(),
  recommendationId: col.ref('recommendation_id', 'Recommendation'),
  fromStatus: col.enum<RecommendationStatus, true>('from_status', { nullable: true }),
  toStatus: col.enum<RecommendationStatus>('to_status'),
  changedOn: col.date('changed_on'),
  changedBy: col.localized('changed_by', { nullable: true }),
  note: col.localized('note', { nullable: true }),
  createdAt: col.timestamp('created_at'),
  /** The key that made the change through the API, and its organization (null for changes taken from sources). */
  apiKeyId: col.ref('api_key_id', 'ApiKey', { nullable: true }),
  organizationId: col.ref('organization_id', 'Organization', { nullable: true }),
});
export type StatusChangeRow = RowOf<typeof RECOMMENDATION_STATUS_CHANGES>;

/** The order of a recommendation's responsible organizations (by id), for the links aliased `r`. */
export const RESPONSIBLE_ORDER = (r: string) => `${r}.organization_id`;

/** The order of a recommendation's status changes, oldest first, for the changes aliased `h`. */
export const HISTORY_ORDER = (h: string) => `${h}.changed_on, ${h}.id`;

/** The same order, latest first: the last status change is the first row. */
export const LATEST_CHANGE_FIRST = (h: string) => `${h}.changed_on DESC, ${h}.id DESC`;

/** The organizations responsible for a recommendation (through their link, `${item}_l`). */
export const RESPONSIBLE_ORGANIZATIONS_OF_RECOMMENDATION = defineRelation({
  from: (g) => `recommendation_responsible_organizations ${g}_l JOIN organizations ${g} ON ${g}.id = ${g}_l.organization_id`,
  parentKey: (g) => `${g}_l.recommendation_id`,
  order: (g) => RESPONSIBLE_ORDER(`${g}_l`),
});

/** A recommendation's status changes, oldest first. */
export const HISTORY_OF_RECOMMENDATION = defineRelation({
  from: (h) => `recommendation_status_changes ${h}`,
  parentKey: (h) => `${h}.recommendation_id`,
  order: HISTORY_ORDER,
});

/** The same, latest first: its first row is the last status change. */
export const LATEST_CHANGES_OF_RECOMMENDATION = defineRelation({ ...HISTORY_OF_RECOMMENDATION, order: LATEST_CHANGE_FIRST });

const ORDER_KEYS: Record<RecommendationOrderField, OrderKey> = {
  POSITION: { key: 't.position', type: 'int' },
  DUE_ON: { key: `coalesce(t.due_on, 'infinity'::date)`, type: 'date' },
  CREATED_AT: CREATED_AT_ORDER,
  UPDATED_AT: UPDATED_AT_ORDER,
  STATUS_CHANGED_AT: {
    key: `coalesce((SELECT max(h.changed_on) FROM recommendation_status_changes h WHERE h.recommendation_id = t.id), '-infinity'::date)`,
    type: 'date',
  },
};

/**
 * SQL: the recommendation aliased `r` is overdue — due before today, and neither implemented nor
 * rejected. Never null (one without a due date is not overdue), so that `NOT` selects the others.
 */
export function isOverdueSql(r: string): string {
  return `(${r}.due_on IS NOT NULL AND ${r}.due_on < ${TODAY_SQL} AND ${r}.status NOT IN ('IMPLEMENTED', 'REJECTED'))`;
}

/** The conditions of a RecommendationFilter on the recommendations aliased `t`. */
export function recommendationFilterWhere(filter: RecommendationFilter | null | undefined, params: SqlParams): string[] {
  const where: string[] = [];
  if (filter?.updatedSince) where.push(updatedSince(params.add(filter.updatedSince)));
  if (filter?.statuses?.length) where.push(`t.status = ANY(${params.add(filter.statuses)}::text[])`);
  if (filter?.themes?.length) where.push(`t.theme = ANY(${params.add(filter.themes)}::text[])`);
  if (filter?.event != null) where.push(`t.event_id = ${params.add(decodeTypedId(filter.event, 'Event', 'filter.event'))}::bigint`);
  if (filter?.responsibleOrganization != null) {
    const id = params.add(decodeTypedId(filter.responsibleOrganization, 'Organization', 'filter.responsibleOrganization'));
    where.push(
      `EXISTS (SELECT 1 FROM recommendation_responsible_organizations r WHERE r.recommendation_id = t.id AND r.organization_id = ${id}::bigint)`,
    );
  }
  if (filter?.events?.length) {
    where.push(`t.event_id IN ${recordIdsSql('events', recordKeys(filter.events, 'Event', 'filter.events'), params)}`);
  }
  if (filter?.responsibleOrganizations?.length) {
    const organizations = recordIdsSql(
      'organizations',
      recordKeys(filter.responsibleOrganizations, 'Organization', 'filter.responsibleOrganizations'),
      params,
    );
    where.push(
      `EXISTS (SELECT 1 FROM recommendation_responsible_organizations r WHERE r.recommendation_id = t.id AND r.organization_id IN ${organizations})`,
    );
  }
  if (filter?.regions?.length) {
    const regions = recordIdsSql('regions', recordKeys(filter.regions, 'Region', 'filter.regions'), params);
    where.push(
      `EXISTS (SELECT 1 FROM events e WHERE e.id = t.event_id AND ${inRegions('e.region_id', regions, filter.followSuccessions)})`,
    );
  }
  if (filter?.due?.from) where.push(`t.due_on >= ${params.add(filter.due.from)}::date`);
  if (filter?.due?.to) where.push(`t.due_on <= ${params.add(filter.due.to)}::date`);
  if (filter?.query) where.push(`t.search_vector @@ ${tsQuery(params.add(filter.query))}`);
  if (filter?.overdue != null) where.push(filter.overdue ? isOverdueSql('t') : `NOT ${isOverdueSql('t')}`);
  if (filter?.statusChangedSince) {
    where.push(
      `EXISTS (SELECT 1 FROM recommendation_status_changes h WHERE h.recommendation_id = t.id AND h.changed_on >= ${params.add(filter.statusChangedSince)}::date)`,
    );
  }
  if (filter?.region != null) {
    const region = params.add(decodeTypedId(filter.region, 'Region', 'filter.region'));
    where.push(`EXISTS (SELECT 1 FROM events e WHERE e.id = t.event_id AND ${inRegion('e.region_id', region, filter.followSuccessions)})`);
  }
  return where;
}

export function recommendationListSpec(
  args: RecommendationsArgs,
  defaultOrder: RecommendationOrderField = 'CREATED_AT',
  from = 'recommendations t',
): ListSpec {
  const params = new SqlParams();
  const where = recommendationFilterWhere(args.filter, params);
  const order = args.orderBy ?? { field: defaultOrder, direction: defaultOrder === 'POSITION' ? 'ASC' : 'DESC' };
  const { key, type } = ORDER_KEYS[order.field];
  return {
    select: RECOMMENDATIONS.select('t'),
    from,
    where,
    params,
    orderKey: key,
    orderKeyType: type,
    direction: order.direction,
  };
}

/** A bucket of `recommendationStats`: its keys (null where it does not split), its counts and the dimensions it splits by. */
export interface RecommendationBucketRow {
  status: RecommendationStatus | null;
  theme: RecommendationTheme | null;
  responsibleOrganizationId: string | null;
  eventId: string | null;
  count: number;
  overdue: number;
  groupedBy: RecommendationDimension[];
}

/**
 * The buckets of `recommendationStats` (rows shaped RecommendationBucketRow), their parameters bound
 * to `params`. A recommendation with several responsible organizations counts once in each of their
 * buckets, and once in any bucket that does not split by organization.
 */
export function recommendationBucketsSql(args: RecommendationStatsArgs, params: SqlParams): string {
  assertGroupBy(args.groupBy);
  const where = recommendationFilterWhere(args.filter, params);
  let from = 'recommendations t';
  let joinsOrganizations = false;
  const dimensions = args.groupBy.map((name): Dimension => {
    switch (name) {
      case 'STATUS':
        return { name, keys: [['status', 't.status']], order: enumOrder('status', Object.values(RecommendationStatus)) };
      case 'THEME':
        return { name, keys: [['theme', 't.theme']], order: enumOrder('theme', Object.values(RecommendationTheme)) };
      case 'RESPONSIBLE_ORGANIZATION':
        joinsOrganizations = true;
        from += ' LEFT JOIN recommendation_responsible_organizations ro ON ro.recommendation_id = t.id';
        return {
          name,
          keys: [['responsibleOrganizationId', 'ro.organization_id']],
          order: (g) =>
            `(SELECT qorgau_sort_text(o.name) FROM organizations o WHERE o.id = ${g}."responsibleOrganizationId"), ${g}."responsibleOrganizationId"`,
        };
      case 'EVENT':
        return {
          name,
          keys: [['eventId', 't.event_id']],
          order: (g) =>
            `(SELECT coalesce(e.starts_on, '-infinity'::date) FROM events e WHERE e.id = ${g}."eventId") DESC NULLS LAST, ${g}."eventId" DESC NULLS LAST`,
        };
    }
  });
  // The join with responsible organizations repeats a recommendation once per organization: counted
  // DISTINCT then. Without it each row is one recommendation, and count(*) spares a sort per bucket
  // (18–21% of a national dashboard's statement: Q6 of pnpm bench).
  const counted = joinsOrganizations ? 'DISTINCT t.id' : '*';
  const aggregates = `count(${counted})::int AS count, (count(${counted}) FILTER (WHERE ${isOverdueSql('t')}))::int AS overdue`;
  return groupedSql({
    dimensions,
    subtotals: args.subtotals ?? false,
    from,
    where,
    aggregates,
    columns: { status: 'text', theme: 'text', responsibleOrganizationId: 'bigint', eventId: 'bigint' },
  });
}

export function recommendationBuckets(db: Queryable, args: RecommendationStatsArgs): Promise<RecommendationBucketRow[]> {
  const params = new SqlParams();
  return db.query<RecommendationBucketRow>(`/* recommendationStats */ ${recommendationBucketsSql(args, params)}`, params.values);
}

export function recommendationsPage(db: Db, args: RecommendationsArgs): Promise<Page<RecommendationRow>> {
  return paginate<RecommendationRow>(db, recommendationListSpec(args), args);
}

/** The recommendations organizations are responsible for, for pages of many organizations at once. */
export function organizationRecommendationsListSpec(args: RecommendationsArgs): NestedListSpec {
  return {
    spec: recommendationListSpec(
      args,
      'CREATED_AT',
      'recommendation_responsible_organizations link JOIN recommendations t ON t.id = link.recommendation_id',
    ),
    parentKey: 'link.organization_id',
  };
}

/** The recommendations of events, in adoption order unless ordered otherwise, for pages of many events at once. */
export function eventRecommendationsListSpec(args: RecommendationsArgs): NestedListSpec {
  return { spec: recommendationListSpec(args, 'POSITION'), parentKey: 't.event_id' };
}

// Created per request: loaders must not outlive the operation.
export function createRecommendationLoaders(db: Db, related: Pick<OrganizationLoaders, 'organizationById'>) {
  return {
    recommendationById: rowsById(db, 'recommendationsByIds', RECOMMENDATIONS),
    recommendationBySlug: rowsBySlug(db, 'recommendationsBySlugs', RECOMMENDATIONS),
    /** The organizations responsible for each recommendation, in the order of their ids (each primed by id). */
    responsibleOrganizationsByRecommendationId: rowsByKey<OrganizationRow, { organization: OrganizationRow }>(
      db,
      (keys) => `/* recommendationResponsibleOrganizations */
      SELECT r.recommendation_id::text AS "__key", ${ORGANIZATIONS.json('g')} AS organization
      FROM recommendation_responsible_organizations r JOIN organizations g ON g.id = r.organization_id
      WHERE r.recommendation_id = ANY(${keys}::bigint[])
      ORDER BY r.recommendation_id, ${RESPONSIBLE_ORDER('r')}`,
      ({ organization }) => {
        primeWith(related.organizationById, organization.id, organization);
        return organization;
      },
    ),
    historyByRecommendationId: rowsByKey<StatusChangeRow>(
      db,
      (keys) => `/* recommendationHistory */
      SELECT h.recommendation_id::text AS "__key", ${RECOMMENDATION_STATUS_CHANGES.select('h')}
      FROM recommendation_status_changes h WHERE h.recommendation_id = ANY(${keys}::bigint[])
      ORDER BY h.recommendation_id, ${HISTORY_ORDER('h')}`,
    ),
  };
}
export type RecommendationLoaders = ReturnType<typeof createRecommendationLoaders>;

export function insertRecommendation(tx: Queryable, values: WritableRow<typeof RECOMMENDATIONS>): Promise<string> {
  return insertRow(tx, 'insertRecommendation', RECOMMENDATIONS, values);
}

export function updateRecommendationRow(tx: Queryable, id: string, values: WritableRow<typeof RECOMMENDATIONS>): Promise<boolean> {
  return updateRow(tx, 'updateRecommendation', RECOMMENDATIONS, id, values);
}

/** The place after the last recommendation of an event. */
export async function nextPosition(tx: Queryable, eventId: string): Promise<number> {
  const rows = await tx.query<{ next: number }>(
    `/* nextRecommendationPosition */ SELECT least(coalesce(max(position)::bigint + 1, 0), 2147483647)::int AS next FROM recommendations WHERE event_id = $1::bigint`,
    [eventId],
  );
  return rows[0]?.next ?? 0;
}

/** The organizations responsible for a recommendation (whose editors may change its status). */
export async function responsibleOrganizationIdsOf(tx: Queryable, recommendationId: string): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(
    `/* responsibleOrganizationIds */ SELECT organization_id::text AS id FROM recommendation_responsible_organizations
     WHERE recommendation_id = $1::bigint ORDER BY organization_id`,
    [recommendationId],
  );
  return rows.map((row) => row.id);
}

export async function replaceResponsibleOrganizations(
  tx: Queryable,
  recommendationId: string,
  organizationIds: readonly string[],
): Promise<void> {
  await tx.query(
    `/* deleteResponsibleOrganizations */ DELETE FROM recommendation_responsible_organizations WHERE recommendation_id = $1::bigint`,
    [recommendationId],
  );
  if (organizationIds.length === 0) return;
  await tx.query(
    `/* insertResponsibleOrganizations */ INSERT INTO recommendation_responsible_organizations (recommendation_id, organization_id)
     SELECT $1::bigint, unnest($2::bigint[])`,
    [recommendationId, organizationIds],
  );
}

export interface StatusChangeValues {
  recommendationId: string;
  fromStatus: RecommendationStatus | null;
  toStatus: RecommendationStatus;
  changedOn: string;
  note: LocalizedText | null;
  /** The key that made the change: it and its organization are recorded as who changed the status. */
  apiKeyId: string | null;
  /** Who changed the status, for changes not made with a key. */
  changedBy: LocalizedText | null;
}

/**
 * Appends an entry to a recommendation's history. With a key, `changed_by` names the key's
 * organization (short name where it has one) and the key, in each language the name has.
 */
export async function insertStatusChange(tx: Queryable, values: StatusChangeValues): Promise<string> {
  const rows = await tx.query<{ id: string }>(
    `/* insertStatusChange */ INSERT INTO recommendation_status_changes
       (recommendation_id, from_status, to_status, changed_on, changed_by, note, api_key_id, organization_id)
     SELECT $1::bigint, $2, $3, $4::date,
       CASE WHEN k.id IS NULL THEN $6::jsonb
            WHEN o.id IS NULL THEN jsonb_build_object('en', k.name)
            ELSE (SELECT jsonb_object_agg(l.key, l.value || ' (' || k.name || ')') FROM jsonb_each_text(coalesce(o.short_name, o.name)) l) END,
       $5::jsonb, k.id, k.organization_id
     FROM (SELECT 1) one LEFT JOIN api_keys k ON k.id = $7::bigint LEFT JOIN organizations o ON o.id = k.organization_id
     RETURNING id::text AS id`,
    [
      values.recommendationId,
      values.fromStatus,
      values.toStatus,
      values.changedOn,
      values.note ? JSON.stringify(values.note) : null,
      values.changedBy ? JSON.stringify(values.changedBy) : null,
      values.apiKeyId,
    ],
  );
  return (rows[0] as { id: string }).id;
}

/** The parts of a recommendation's snapshot beside its row: who is responsible, and its history of statuses. */
export async function recommendationParts(tx: Queryable, recommendationId: string): Promise<Snapshot> {
  const history = await tx.query<{ fromStatus: string | null; toStatus: string; changedOn: string }>(
    `/* statusHistoryOf */ SELECT from_status AS "fromStatus", to_status AS "toStatus", changed_on AS "changedOn"
     FROM recommendation_status_changes WHERE recommendation_id = $1::bigint ORDER BY changed_on, id`,
    [recommendationId],
  );
  return {
    responsibleOrganizations: (await responsibleOrganizationIdsOf(tx, recommendationId)).map((id) => toGlobalId('Organization', id)),
    history,
  };
}

/** Removes the citations of a recommendation's status changes (the changes go with the recommendation). */
export async function deleteStatusChangeCitations(tx: Queryable, recommendationId: string): Promise<void> {
  await tx.query(
    `/* deleteStatusChangeCitations */ DELETE FROM record_sources WHERE record_type = 'RecommendationStatusChange'
     AND record_id IN (SELECT id FROM recommendation_status_changes WHERE recommendation_id = $1::bigint)`,
    [recommendationId],
  );
}
