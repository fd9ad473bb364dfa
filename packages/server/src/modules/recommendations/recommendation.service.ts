import type { Db } from '../../common/db';
import { decodeTypedId } from '../../common/global-id';
import { CREATED_AT_ORDER, paginate, type ListSpec, type OrderKey, type Page } from '../../common/pagination';
import { SqlParams, tsQuery } from '../../common/sql';
import type { RecommendationsArgs, RecommendationOrderField } from './recommendation.inputs';
import { RECOMMENDATION_COLUMNS, type RecommendationRow } from './recommendation.type';

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
    select: RECOMMENDATION_COLUMNS,
    from: 'recommendations t',
    where,
    params,
    orderKey: key,
    orderKeyType: type,
    direction: order.direction,
  };
}

export function listRecommendations(db: Db, args: RecommendationsArgs): Promise<Page<RecommendationRow>> {
  return paginate<RecommendationRow>(db, recommendationListSpec(args), args);
}
