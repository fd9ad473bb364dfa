import type { Db } from '../../sql/db';
import { SqlParams, tsQuery } from '../../sql/fragments';
import { primeWith, rowsById, rowsByKey, rowsBySlug } from '../../sql/loaders';
import {
  CREATED_AT_ORDER,
  localizedTextOrder,
  paginate,
  type ListSpec,
  type NestedListSpec,
  type OrderKey,
  type Page,
} from '../../sql/pagination';
import { col, defineRecordTable, defineTable, type RowOf } from '../../sql/table';
import { decodeTypedId } from '../../graphql/global-id';
import { BadUserInputError } from '../../errors';
import { OFFICIALS, type OfficialLoaders, type OfficialRow } from '../officials/official.store';
import { ORGANIZATIONS, type OrganizationLoaders, type OrganizationRow } from '../organizations/organization.store';
import { inRegionSubtree } from '../regions/region.store';
import type { EventOrderField, EventsArgs } from './event.inputs';
import type { EventKind, EventStatus, OrganizerRole, ParticipantRole } from './event.type';

export const EVENTS = defineRecordTable('events', 'Event', {
  title: col.localized('title'),
  kind: col.enum<EventKind>('kind'),
  status: col.enum<EventStatus>('status'),
  startsOn: col.date('starts_on', { nullable: true }),
  endsOn: col.date('ends_on', { nullable: true }),
  city: col.localized('city', { nullable: true }),
  regionId: col.ref('region_id', { nullable: true }),
  summary: col.localized('summary', { nullable: true }),
  occasion: col.localized('occasion', { nullable: true }),
  topics: col.localizedList('topics'),
  conclusions: col.localizedList('conclusions'),
  partOfId: col.ref('part_of_id', { nullable: true }),
});
export type EventRow = RowOf<typeof EVENTS>;

export const EVENT_ORGANIZERS = defineTable('event_organizers', {
  eventId: col.ref('event_id'),
  organizationId: col.ref('organization_id'),
  role: col.enum<OrganizerRole>('role'),
  position: col.int('position'),
});
export type OrganizerRow = RowOf<typeof EVENT_ORGANIZERS>;

/**
 * A participant is an official, an organization, an organization plus a title ("vice ministers of
 * health"), or a title alone ("international experts").
 */
export const EVENT_PARTICIPANTS = defineTable('event_participants', {
  id: col.id(),
  eventId: col.ref('event_id'),
  role: col.enum<ParticipantRole>('role'),
  officialId: col.ref('official_id', { nullable: true }),
  organizationId: col.ref('organization_id', { nullable: true }),
  title: col.localized('title', { nullable: true }),
  note: col.localized('note', { nullable: true }),
  position: col.int('position'),
});
export type ParticipantRow = RowOf<typeof EVENT_PARTICIPANTS>;

/** Events with the organizations that organized or took part in them (keyed by `link.organization_id`). */
const ORGANIZATION_EVENTS = `(SELECT event_id, organization_id FROM event_organizers
    UNION SELECT event_id, organization_id FROM event_participants WHERE organization_id IS NOT NULL) link
  JOIN events t ON t.id = link.event_id`;

/** Events with the officials that took part in them (keyed by `link.official_id`). */
const OFFICIAL_EVENTS = `(SELECT DISTINCT event_id, official_id FROM event_participants WHERE official_id IS NOT NULL) link
  JOIN events t ON t.id = link.event_id`;

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
  if (filter?.region != null)
    where.push(inRegionSubtree('t.region_id', params.add(decodeTypedId(filter.region, 'Region', 'filter.region'))));
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
  return { select: EVENTS.select('t'), from, where, params, orderKey: key, orderKeyType: type, direction: order.direction };
}

export function eventsPage(db: Db, args: EventsArgs): Promise<Page<EventRow>> {
  return paginate<EventRow>(db, eventListSpec(args), args);
}

/** The events of organizations, for pages of many organizations at once. */
export function organizationEventsListSpec(args: EventsArgs): NestedListSpec {
  return { spec: eventListSpec(args, ORGANIZATION_EVENTS), parentKey: 'link.organization_id' };
}

/** The events of officials, for pages of many officials at once. */
export function officialEventsListSpec(args: EventsArgs): NestedListSpec {
  return { spec: eventListSpec(args, OFFICIAL_EVENTS), parentKey: 'link.official_id' };
}

// Created per request: loaders must not outlive the operation.
export function createEventLoaders(db: Db, related: Pick<OrganizationLoaders, 'organizationById'> & Pick<OfficialLoaders, 'officialById'>) {
  return {
    eventById: rowsById(db, 'eventsByIds', EVENTS),
    eventBySlug: rowsBySlug(db, 'eventsBySlugs', EVENTS),
    organizersByEventId: rowsByKey<OrganizerRow, OrganizerRow & { organization: OrganizationRow }>(
      db,
      (keys) => `/* eventOrganizers */
      SELECT o.event_id::text AS "__key", ${EVENT_ORGANIZERS.select('o')}, ${ORGANIZATIONS.json('g')} AS organization
      FROM event_organizers o JOIN organizations g ON g.id = o.organization_id
      WHERE o.event_id = ANY(${keys}::bigint[]) ORDER BY o.event_id, o.position, o.organization_id`,
      ({ organization, ...organizer }) => {
        primeWith(related.organizationById, organizer.organizationId, organization);
        return organizer;
      },
    ),
    participantsByEventId: rowsByKey<
      ParticipantRow,
      ParticipantRow & { official: OfficialRow | null; organization: OrganizationRow | null }
    >(
      db,
      (keys) => `/* eventParticipants */
      SELECT p.event_id::text AS "__key", ${EVENT_PARTICIPANTS.select('p')},
        CASE WHEN f.id IS NULL THEN NULL ELSE ${OFFICIALS.json('f')} END AS official,
        CASE WHEN g.id IS NULL THEN NULL ELSE ${ORGANIZATIONS.json('g')} END AS organization
      FROM event_participants p LEFT JOIN officials f ON f.id = p.official_id LEFT JOIN organizations g ON g.id = p.organization_id
      WHERE p.event_id = ANY(${keys}::bigint[]) ORDER BY p.event_id, p.position, p.id`,
      ({ official, organization, ...participant }) => {
        primeWith(related.officialById, participant.officialId, official);
        primeWith(related.organizationById, participant.organizationId, organization);
        return participant;
      },
    ),
  };
}
export type EventLoaders = ReturnType<typeof createEventLoaders>;
