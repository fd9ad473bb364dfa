import type { Db } from '../../common/db';
import { decodeTypedId } from '../../common/global-id';
import { CREATED_AT_ORDER, localizedTextOrder, paginate, type ListSpec, type OrderKey, type Page } from '../../common/pagination';
import { SqlParams } from '../../common/sql';
import type { RegionsArgs, RegionOrderField } from './region.inputs';
import { REGION_COLUMNS, type RegionRow } from './region.type';

const ORDER_KEYS: Record<RegionOrderField, OrderKey> = {
  NAME: localizedTextOrder('t.name'),
  CREATED_AT: CREATED_AT_ORDER,
};

export function listRegions(db: Db, args: RegionsArgs): Promise<Page<RegionRow>> {
  const params = new SqlParams();
  const where: string[] = [];
  const filter = args.filter;
  if (filter?.kinds?.length) where.push(`t.kind = ANY(${params.add(filter.kinds)}::text[])`);
  if (filter?.parent != null) where.push(`t.parent_id = ${params.add(decodeTypedId(filter.parent, 'Region', 'filter.parent'))}::bigint`);
  if (filter?.validOn != null) {
    const day = params.add(filter.validOn);
    where.push(`(t.valid_from IS NULL OR t.valid_from <= ${day}::date) AND (t.valid_until IS NULL OR t.valid_until > ${day}::date)`);
  }
  if (filter?.query) {
    const pattern = params.add(`%${filter.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`(t.name->>'en' ILIKE ${pattern} OR t.name->>'ru' ILIKE ${pattern} OR t.name->>'kk' ILIKE ${pattern})`);
  }
  const order = args.orderBy ?? { field: 'NAME', direction: 'ASC' };
  const spec: ListSpec = {
    select: REGION_COLUMNS,
    from: 'regions t',
    where,
    params,
    orderKey: ORDER_KEYS[order.field].key,
    orderKeyType: ORDER_KEYS[order.field].type,
    direction: order.direction,
  };
  return paginate<RegionRow>(db, spec, args);
}
