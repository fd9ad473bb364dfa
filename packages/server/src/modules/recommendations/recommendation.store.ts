import type { Db } from '../../sql/db';
import { SqlParams, tsQuery } from '../../sql/fragments';
import { primeWith, rowsById, rowsByKey, rowsBySlug } from '../../sql/loaders';
import { CREATED_AT_ORDER, paginate, type ListSpec, type NestedListSpec, type OrderKey, type Page } from '../../sql/pagination';
import { col, defineRecordTable, defineTable, type RowOf } from '../../sql/table';
import { decodeTypedId } from '../../graphql/global-id';
import { ORGANIZATIONS, type OrganizationLoaders, type OrganizationRow } from '../organizations/organization.store';
import type { RecommendationOrderField, RecommendationsArgs } from './recommendation.inputs';
import type { RecommendationStatus, RecommendationTheme } from './recommendation.type';

export const RECOMMENDATIONS = defineRecordTable('recommendations', 'Recommendation', {
  eventId: col.ref('event_id'),
  text: col.localized('text'),
  theme: col.enum<RecommendationTheme>('theme'),
  status: col.enum<RecommendationStatus>('status'),
  dueOn: col.date('due_on', { nullable: true }),
  /** The order of adoption at its event. */
  position: col.int('position'),
});
export type RecommendationRow = RowOf<typeof RECOMMENDATIONS>;

export const RECOMMENDATION_RESPONSIBLE_ORGANIZATIONS = defineTable('recommendation_responsible_organizations', {
  recommendationId: col.ref('recommendation_id'),
  organizationId: col.ref('organization_id'),
});

export const RECOMMENDATION_STATUS_CHANGES = defineTable('recommendation_status_changes', {
  id: col.id(),
  recommendationId: col.ref('recommendation_id'),
  fromStatus: col.enum<RecommendationStatus, true>('from_status', { nullable: true }),
  toStatus: col.enum<RecommendationStatus>('to_status'),
  changedOn: col.date('changed_on'),
  changedBy: col.localized('changed_by', { nullable: true }),
  note: col.localized('note', { nullable: true }),
  createdAt: col.timestamp('created_at'),
});
export type StatusChangeRow = RowOf<typeof RECOMMENDATION_STATUS_CHANGES>;

const ORDER_KEYS: Record<RecommendationOrderField, OrderKey> = {
  POSITION: { key: 't.position', type: 'int' },
  DUE_ON: { key: `coalesce(t.due_on, 'infinity'::date)`, type: 'date' },
  CREATED_AT: CREATED_AT_ORDER,
};

export function recommendationListSpec(args: RecommendationsArgs, defaultOrder: RecommendationOrderField = 'CREATED_AT'): ListSpec {
  const params = new SqlParams();
  const where: string[] = [];
  const filter = args.filter;
  if (filter?.statuses?.length) where.push(`t.status = ANY(${params.add(filter.statuses)}::text[])`);
  if (filter?.themes?.length) where.push(`t.theme = ANY(${params.add(filter.themes)}::text[])`);
  if (filter?.event != null) where.push(`t.event_id = ${params.add(decodeTypedId(filter.event, 'Event', 'filter.event'))}::bigint`);
  if (filter?.responsibleOrganization != null) {
    const id = params.add(decodeTypedId(filter.responsibleOrganization, 'Organization', 'filter.responsibleOrganization'));
    where.push(
      `EXISTS (SELECT 1 FROM recommendation_responsible_organizations r WHERE r.recommendation_id = t.id AND r.organization_id = ${id}::bigint)`,
    );
  }
  if (filter?.due?.from) where.push(`t.due_on >= ${params.add(filter.due.from)}::date`);
  if (filter?.due?.to) where.push(`t.due_on <= ${params.add(filter.due.to)}::date`);
  if (filter?.query) where.push(`t.search_vector @@ ${tsQuery(params.add(filter.query))}`);
  const order = args.orderBy ?? { field: defaultOrder, direction: defaultOrder === 'POSITION' ? 'ASC' : 'DESC' };
  const { key, type } = ORDER_KEYS[order.field];
  return {
    select: RECOMMENDATIONS.select('t'),
    from: 'recommendations t',
    where,
    params,
    orderKey: key,
    orderKeyType: type,
    direction: order.direction,
  };
}

export function recommendationsPage(db: Db, args: RecommendationsArgs): Promise<Page<RecommendationRow>> {
  return paginate<RecommendationRow>(db, recommendationListSpec(args), args);
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
    responsibleOrganizationIdsByRecommendationId: rowsByKey<
      { organizationId: string },
      { organizationId: string; organization: OrganizationRow }
    >(
      db,
      (keys) => `/* recommendationResponsibleOrganizations */
      SELECT r.recommendation_id::text AS "__key", r.organization_id::text AS "organizationId", ${ORGANIZATIONS.json('g')} AS organization
      FROM recommendation_responsible_organizations r JOIN organizations g ON g.id = r.organization_id
      WHERE r.recommendation_id = ANY(${keys}::bigint[])
      ORDER BY r.recommendation_id, r.organization_id`,
      ({ organization, ...link }) => {
        primeWith(related.organizationById, link.organizationId, organization);
        return link;
      },
    ),
    historyByRecommendationId: rowsByKey<StatusChangeRow>(
      db,
      (keys) => `/* recommendationHistory */
      SELECT h.recommendation_id::text AS "__key", ${RECOMMENDATION_STATUS_CHANGES.select('h')}
      FROM recommendation_status_changes h WHERE h.recommendation_id = ANY(${keys}::bigint[])
      ORDER BY h.recommendation_id, h.changed_on, h.id`,
    ),
  };
}
export type RecommendationLoaders = ReturnType<typeof createRecommendationLoaders>;
