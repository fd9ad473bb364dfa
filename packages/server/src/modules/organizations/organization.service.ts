import type { Db } from '../../common/db';
import { decodeTypedId } from '../../common/global-id';
import { CREATED_AT_ORDER, localizedTextOrder, paginate, type ListSpec, type OrderKey, type Page } from '../../common/pagination';
import { regionSubtree, SqlParams, tsQuery } from '../../common/sql';
import type { OrganizationsArgs, OrganizationOrderField } from './organization.inputs';
import { ORGANIZATION_COLUMNS, type OrganizationRow } from './organization.type';

const ORDER_KEYS: Record<OrganizationOrderField, OrderKey> = {
  NAME: localizedTextOrder('t.name'),
  CREATED_AT: CREATED_AT_ORDER,
};

export function organizationListSpec(args: OrganizationsArgs, from = 'organizations t'): ListSpec {
  const params = new SqlParams();
  const where: string[] = [];
  const filter = args.filter;
  if (filter?.kinds?.length) where.push(`t.kind = ANY(${params.add(filter.kinds)}::text[])`);
  if (filter?.region != null) {
    where.push(`t.region_id IN ${regionSubtree(`${params.add(decodeTypedId(filter.region, 'Region', 'filter.region'))}::bigint`)}`);
  }
  if (filter?.parent != null) {
    where.push(`t.parent_id = ${params.add(decodeTypedId(filter.parent, 'Organization', 'filter.parent'))}::bigint`);
  }
  if (filter?.query) where.push(`t.search_vector @@ ${tsQuery(params.add(filter.query))}`);
  const order = args.orderBy ?? { field: 'NAME', direction: 'ASC' };
  return {
    select: ORGANIZATION_COLUMNS,
    from,
    where,
    params,
    orderKey: ORDER_KEYS[order.field].key,
    orderKeyType: ORDER_KEYS[order.field].type,
    direction: order.direction,
  };
}

export function listOrganizations(db: Db, args: OrganizationsArgs): Promise<Page<OrganizationRow>> {
  return paginate<OrganizationRow>(db, organizationListSpec(args), args);
}
