import type { Db } from '../../common/db';
import { decodeTypedId } from '../../common/global-id';
import { paginate, type ListSpec, type Page } from '../../common/pagination';
import { SqlParams, tsQuery } from '../../common/sql';
import type { OfficialsArgs } from './official.inputs';
import { OFFICIAL_COLUMNS, POST_IS_CURRENT_SQL, type OfficialRow } from './official.type';

/** `organizationScope`: SQL for the organization whose officials are listed (nested lists), else none. */
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
    orderKey: order.field === 'FULL_NAME' ? 'qorgau_sort_text(t.full_name)' : 't.created_at',
    orderKeyType: order.field === 'FULL_NAME' ? 'text' : 'timestamptz',
    direction: order.direction,
  };
}

export function listOfficials(db: Db, args: OfficialsArgs): Promise<Page<OfficialRow>> {
  return paginate<OfficialRow>(db, officialListSpec(args), args);
}
