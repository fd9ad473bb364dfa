import type { Db } from '../../common/db';
import { decodeTypedId } from '../../common/global-id';
import { CREATED_AT_ORDER, localizedTextOrder, paginate, type ListSpec, type OrderKey, type Page } from '../../common/pagination';
import { regionSubtree, SqlParams, tsQuery } from '../../common/sql';
import { BadUserInputError } from '../../errors';
import type { EventsArgs, EventOrderField } from './event.inputs';
import { EVENT_COLUMNS, type EventRow } from './event.type';

const ORDER_KEYS: Record<EventOrderField, OrderKey> = {
  STARTS_ON: { key: `coalesce(t.starts_on, '-infinity'::date)`, type: 'date' },
  TITLE: localizedTextOrder('t.title'),
  CREATED_AT: CREATED_AT_ORDER,
};

export function eventListSpec(args: EventsArgs, from = 'events t'): ListSpec {
  const params = new SqlParams();
  const where: string[] = [];
  const filter = args.filter;
  if (filter?.kinds?.length) where.push(`t.kind = ANY(${params.add(filter.kinds)}::text[])`);
  if (filter?.statuses?.length) where.push(`t.status = ANY(${params.add(filter.statuses)}::text[])`);
  if (filter?.region != null) {
    where.push(`t.region_id IN ${regionSubtree(`${params.add(decodeTypedId(filter.region, 'Region', 'filter.region'))}::bigint`)}`);
  }
  if (filter?.organization != null) {
    const id = params.add(decodeTypedId(filter.organization, 'Organization', 'filter.organization'));
    where.push(`(EXISTS (SELECT 1 FROM event_organizers o WHERE o.event_id = t.id AND o.organization_id = ${id}::bigint)
      OR EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = t.id AND p.organization_id = ${id}::bigint))`);
  }
  if (filter?.official != null) {
    const id = params.add(decodeTypedId(filter.official, 'Official', 'filter.official'));
    where.push(`EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = t.id AND p.official_id = ${id}::bigint)`);
  }
  if (filter?.partOf != null) where.push(`t.part_of_id = ${params.add(decodeTypedId(filter.partOf, 'Event', 'filter.partOf'))}::bigint`);
  const range = filter?.dateRange;
  if (range?.from && range.to && range.from > range.to) {
    throw new BadUserInputError(`dateRange.from (${range.from}) is after dateRange.to (${range.to})`, 'filter.dateRange');
  }
  if (range?.from) where.push(`coalesce(t.ends_on, t.starts_on) >= ${params.add(range.from)}::date`);
  if (range?.to) where.push(`t.starts_on <= ${params.add(range.to)}::date`);
  if (filter?.query) where.push(`t.search_vector @@ ${tsQuery(params.add(filter.query))}`);
  const order = args.orderBy ?? { field: 'STARTS_ON', direction: 'DESC' };
  const { key, type } = ORDER_KEYS[order.field];
  return { select: EVENT_COLUMNS, from, where, params, orderKey: key, orderKeyType: type, direction: order.direction };
}

export function listEvents(db: Db, args: EventsArgs): Promise<Page<EventRow>> {
  return paginate<EventRow>(db, eventListSpec(args), args);
}
