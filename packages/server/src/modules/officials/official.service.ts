import type { Db } from '../../common/db';
import { decodeTypedId } from '../../common/global-id';
import { CREATED_AT_ORDER, localizedTextOrder, paginate, type ListSpec, type OrderKey, type Page } from '../../common/pagination';
import { SqlParams, tsQuery } from '../../common/sql';
import type { OfficialsArgs, OfficialOrderField } from './official.inputs';
import { OFFICIAL_COLUMNS, POST_IS_CURRENT_SQL, type OfficialRow } from './official.type';

/** `organizationScope`: SQL for the organization whose officials are listed (nested lists), else none. */
const ORDER_KEYS: Record<OfficialOrderField, OrderKey> = {
  FULL_NAME: localizedTextOrder('t.full_name'),
  CREATED_AT: CREATED_AT_ORDER,
};

export function officialListSpec(args: OfficialsArgs, from = 'officials t', organizationScope?: string): ListSpec {
  const params = new SqlParams();
  const where: string[] = [];
  const filter = args.filter;
  const organizationId = filter?.organization != null ? decodeTypedId(filter.organization, 'Organization', 'filter.organization') : null;
  const postConditions = ['p.official_id = t.id'];
  if (organizationScope) postConditions.push(`p.organization_id = ${organizationScope}`);
  if (organizationId) postConditions.push(`p.organization_id = ${params.add(organizationId)}::bigint`);
  if (organizationId) where.push(`EXISTS (SELECT 1 FROM posts p WHERE ${postConditions.join(' AND ')})`);
  if (filter?.current != null) {
    const current = `EXISTS (SELECT 1 FROM posts p WHERE ${[...postConditions, POST_IS_CURRENT_SQL].join(' AND ')})`;
    where.push(filter.current ? current : `NOT ${current}`);
  }
  if (filter?.query) where.push(`t.search_vector @@ ${tsQuery(params.add(filter.query))}`);
  const order = args.orderBy ?? { field: 'FULL_NAME', direction: 'ASC' };
  return {
    select: OFFICIAL_COLUMNS,
    from,
    where,
    params,
    orderKey: ORDER_KEYS[order.field].key,
    orderKeyType: ORDER_KEYS[order.field].type,
    direction: order.direction,
  };
}

export function listOfficials(db: Db, args: OfficialsArgs): Promise<Page<OfficialRow>> {
  return paginate<OfficialRow>(db, officialListSpec(args), args);
}
