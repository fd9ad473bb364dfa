import { defineRelation } from '../../sql/relation';
import { snapshotOf, type Snapshot } from '../../audit/snapshot';
import type { Db, Queryable } from '../../sql/db';
import { SqlParams, recordIdsSql, tsQuery, updatedSince } from '../../sql/fragments';
import { primeWith, rowsById, rowsByKey, rowsBySlug } from '../../sql/loaders';
import {
  CREATED_AT_ORDER,
  UPDATED_AT_ORDER,
  localizedTextOrder,
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
import { decodeTypedId } from '../../graphql/global-id';
import { BadUserInputError } from '../../errors';
import { OFFICIALS, type OfficialLoaders, type OfficialRow } from '../officials/official.store';
import { ORGANIZATIONS, type OrganizationLoaders, type OrganizationRow } from '../organizations/organization.store';
import { bucketParents, filterRegionIds, inRegion, inRegions, regionBuckets, regionDimension } from '../regions/region.store';
import { recordKeys } from '../../graphql/references';
import { EVENT_PERIOD_DIMENSIONS, type EventFilter, type EventOrderField, type EventStatsArgs, type EventsArgs } from './event.inputs';
import { EventKind, EventStatus, type EventDimension, type OrganizerRole, type ParticipantRole } from './event.type';
import { liesWithin } from '../../sql/tree';
import { replaceSubRecords, type SubRecordList } from '../../sql/sub-records';
import { assertGroupBy, enumOrder, groupedSql, type Dimension } from '../../sql/grouping';

export const EVENTS = defineRecordTable('events', 'Event', {
  title: col.localized('title'),
  kind: col.enum<EventKind>('kind'),
  status: col.enum<EventStatus>('status'),
  startsOn: col.date('starts_on', { nullable: true }),
  endsOn: col.date('ends_on', { nullable: true }),
  city: col.localized('city', { nullable: true }),
  regionId: col.ref('region_id', 'Region', { nullable: true }),
  summary: col.localized('summary', { nullable: true }),
  occasion: col.localized('occasion', { nullable: true }),
  topics: col.localizedList('topics'),
  conclusions: col.localizedList('conclusions'),
  partOfId: col.ref('part_of_id', 'Event', { nullable: true }),
  latitude: col.float('latitude', { nullable: true }),
  longitude: col.float('longitude', { nullable: true }),
  address: col.localized('address', { nullable: true }),
});
export type EventRow = RowOf<typeof EVENTS>;

export const EVENT_ORGANIZERS = defineTable('event_organizers', {
  eventId: col.ref('event_id', 'Event'),
  organizationId: col.ref('organization_id', 'Organization'),
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
  eventId: col.ref('event_id', 'Event'),
  role: col.enum<ParticipantRole>('role'),
  officialId: col.ref('official_id', 'Official', { nullable: true }),
  organizationId: col.ref('organization_id', 'Organization', { nullable: true }),
  title: col.localized('title', { nullable: true }),
  note: col.localized('note', { nullable: true }),
  position: col.int('position'),
});
export type ParticipantRow = RowOf<typeof EVENT_PARTICIPANTS>;

/** The order of an event's organizers (as the source names them), for the organizers aliased `o`. */
export const ORGANIZER_ORDER = (o: string) => `${o}.position, ${o}.organization_id`;

/** The order of an event's participants (as the source names them), for the participants aliased `p`. */
export const PARTICIPANT_ORDER = (p: string) => `${p}.position, ${p}.id`;

/** An event's organizers. */
export const ORGANIZERS_OF_EVENT = defineRelation({
  from: (o) => `event_organizers ${o}`,
  parentKey: (o) => `${o}.event_id`,
  order: ORGANIZER_ORDER,
});

/** An event's participants. */
export const PARTICIPANTS_OF_EVENT = defineRelation({
  from: (p) => `event_participants ${p}`,
  parentKey: (p) => `${p}.event_id`,
  order: PARTICIPANT_ORDER,
});

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
  UPDATED_AT: UPDATED_AT_ORDER,
};

/** The conditions of an EventFilter on the events aliased `t`. */
export function eventFilterWhere(filter: EventFilter | null | undefined, params: SqlParams): string[] {
  const where: string[] = [];
  if (filter?.updatedSince) where.push(updatedSince(params.add(filter.updatedSince)));
  if (filter?.kinds?.length) where.push(`t.kind = ANY(${params.add(filter.kinds)}::text[])`);
  if (filter?.statuses?.length) where.push(`t.status = ANY(${params.add(filter.statuses)}::text[])`);
  if (filter?.region != null)
    where.push(inRegion('t.region_id', params.add(decodeTypedId(filter.region, 'Region', 'filter.region')), filter.followSuccessions));
  if (filter?.regions?.length) {
    const regions = recordIdsSql('regions', recordKeys(filter.regions, 'Region', 'filter.regions'), params);
    where.push(inRegions('t.region_id', regions, filter.followSuccessions));
  }
  if (filter?.organizations?.length) {
    const organizations = recordIdsSql('organizations', recordKeys(filter.organizations, 'Organization', 'filter.organizations'), params);
    where.push(`(EXISTS (SELECT 1 FROM event_organizers o WHERE o.event_id = t.id AND o.organization_id IN ${organizations})
      OR EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = t.id AND p.organization_id IN ${organizations}))`);
  }
  if (filter?.officials?.length) {
    const officials = recordIdsSql('officials', recordKeys(filter.officials, 'Official', 'filter.officials'), params);
    where.push(`EXISTS (SELECT 1 FROM event_participants p WHERE p.event_id = t.id AND p.official_id IN ${officials})`);
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
  if (filter?.campaigns?.length) {
    where.push(`t.part_of_id IN ${recordIdsSql('events', recordKeys(filter.campaigns, 'Event', 'filter.campaigns'), params)}`);
  }
  const range = filter?.dateRange;
  if (range?.from && range.to && range.from > range.to) {
    throw new BadUserInputError(`dateRange.from (${range.from}) is after dateRange.to (${range.to})`, 'filter.dateRange');
  }
  if (range?.from) where.push(`coalesce(t.ends_on, t.starts_on) >= ${params.add(range.from)}::date`);
  if (range?.to) where.push(`t.starts_on <= ${params.add(range.to)}::date`);
  if (filter?.query) where.push(`t.search_vector @@ ${tsQuery(params.add(filter.query))}`);
  return where;
}

export function eventListSpec(args: EventsArgs, from = 'events t'): ListSpec {
  const params = new SqlParams();
  const where = eventFilterWhere(args.filter, params);
  const order = args.orderBy ?? { field: 'STARTS_ON', direction: 'DESC' };
  const { key, type } = ORDER_KEYS[order.field];
  return { select: EVENTS.select('t'), from, where, params, orderKey: key, orderKeyType: type, direction: order.direction };
}

/** A bucket of `eventStats`: its keys (null where it does not split), its count and the dimensions it splits by. */
export interface EventBucketRow {
  regionId: string | null;
  kind: EventKind | null;
  status: EventStatus | null;
  periodStart: string | null;
  periodEnd: string | null;
  count: number;
  groupedBy: EventDimension[];
}

const PERIOD_LENGTH = { month: '1 month', quarter: '3 months', year: '1 year' } as const;

/** A period dimension: the events' first days truncated to `unit`, and the period's last day. */
function periodDimension(name: EventDimension, unit: 'month' | 'quarter' | 'year'): Dimension {
  return {
    name,
    keys: [['periodStart', `date_trunc('${unit}', t.starts_on)::date`]],
    derived: [['periodEnd', (g) => `(${g}."periodStart" + interval '${PERIOD_LENGTH[unit]}' - interval '1 day')::date`]],
  };
}

/** The buckets of `eventStats` (rows shaped EventBucketRow), their parameters bound to `params`. */
export function eventBucketsSql(args: EventStatsArgs, params: SqlParams): string {
  assertGroupBy(args.groupBy, EVENT_PERIOD_DIMENSIONS);
  const filter = args.filter;
  const where = eventFilterWhere(filter, params);
  let from = 'events t';
  const dimensions = args.groupBy.map((name): Dimension => {
    switch (name) {
      case 'REGION': {
        const region = filter?.region != null ? params.add(decodeTypedId(filter.region, 'Region', 'filter.region')) : null;
        const regions = filter?.regions?.length
          ? recordIdsSql('regions', recordKeys(filter.regions, 'Region', 'filter.regions'), params)
          : null;
        const parents = bucketParents(filterRegionIds(region, regions), filter?.followSuccessions);
        from += ` LEFT JOIN ${regionBuckets(parents, 'b')} ON b.region_id = t.region_id`;
        return regionDimension('b');
      }
      case 'KIND':
        return { name, keys: [['kind', 't.kind']], order: enumOrder('kind', Object.values(EventKind)) };
      case 'STATUS':
        return { name, keys: [['status', 't.status']], order: enumOrder('status', Object.values(EventStatus)) };
      case 'MONTH':
        return periodDimension(name, 'month');
      case 'QUARTER':
        return periodDimension(name, 'quarter');
      case 'YEAR':
        return periodDimension(name, 'year');
    }
  });
  return groupedSql({
    dimensions,
    subtotals: args.subtotals ?? false,
    from,
    where,
    aggregates: 'count(*)::int AS count',
    columns: { regionId: 'bigint', kind: 'text', status: 'text', periodStart: 'date', periodEnd: 'date' },
  });
}

export function eventBuckets(db: Queryable, args: EventStatsArgs): Promise<EventBucketRow[]> {
  const params = new SqlParams();
  return db.query<EventBucketRow>(`/* eventStats */ ${eventBucketsSql(args, params)}`, params.values);
}

export function eventsPage(db: Db, args: EventsArgs): Promise<Page<EventRow>> {
  return paginate<EventRow>(db, eventListSpec(args), args);
}

/** The events of organizations, for pages of many organizations at once. */
export function organizationEventsListSpec(args: EventsArgs): NestedListSpec {
  return { spec: eventListSpec(args, ORGANIZATION_EVENTS), parentKey: 'link.organization_id' };
}

/** Events with each region they lie in or below (keyed by `ra.ancestor_id`). */
const REGION_EVENTS = `region_ancestors ra JOIN events t ON t.region_id = ra.region_id`;

/** The events in regions (each with the regions below it), for pages of many regions at once. */
export function regionEventsListSpec(args: EventsArgs): NestedListSpec {
  return { spec: eventListSpec(args, REGION_EVENTS), parentKey: 'ra.ancestor_id' };
}

/** The events that are parts of campaigns, for pages of many campaigns at once. */
export function partsListSpec(args: EventsArgs): NestedListSpec {
  return { spec: eventListSpec(args), parentKey: 't.part_of_id' };
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
      WHERE o.event_id = ANY(${keys}::bigint[]) ORDER BY o.event_id, ${ORGANIZER_ORDER('o')}`,
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
      WHERE p.event_id = ANY(${keys}::bigint[]) ORDER BY p.event_id, ${PARTICIPANT_ORDER('p')}`,
      ({ official, organization, ...participant }) => {
        primeWith(related.officialById, participant.officialId, official);
        primeWith(related.organizationById, participant.organizationId, organization);
        return participant;
      },
    ),
  };
}
export type EventLoaders = ReturnType<typeof createEventLoaders>;

export function insertEvent(tx: Queryable, values: WritableRow<typeof EVENTS>): Promise<string> {
  return insertRow(tx, 'insertEvent', EVENTS, values);
}

export function updateEventRow(tx: Queryable, id: string, values: WritableRow<typeof EVENTS>): Promise<boolean> {
  return updateRow(tx, 'updateEvent', EVENTS, id, values);
}

export interface OrganizerValues {
  organizationId: string;
  role: OrganizerRole;
}

export interface ParticipantValues {
  /** The participant this item keeps (its database id); null for a new one. */
  id: string | null;
  role: ParticipantRole;
  officialId: string | null;
  organizationId: string | null;
  title: LocalizedText | null;
  note: LocalizedText | null;
}

/** An event's organizers, replaced in the order given (one statement each way). */
export async function replaceOrganizers(tx: Queryable, eventId: string, organizers: readonly OrganizerValues[]): Promise<void> {
  await tx.query(`/* deleteOrganizers */ DELETE FROM event_organizers WHERE event_id = $1::bigint`, [eventId]);
  if (organizers.length === 0) return;
  await tx.query(
    `/* insertOrganizers */ INSERT INTO event_organizers (event_id, organization_id, role, position)
     SELECT $1::bigint, o, r, p - 1 FROM unnest($2::bigint[], $3::text[]) WITH ORDINALITY AS x(o, r, p)`,
    [eventId, organizers.map((o) => o.organizationId), organizers.map((o) => o.role)],
  );
}

/** How an event's participants are stored, for `replaceSubRecords`. */
export const PARTICIPANT_LIST: SubRecordList = {
  table: 'event_participants',
  parentColumn: 'event_id',
  columns: [
    ['role', 'text[]'],
    ['official_id', 'bigint[]'],
    ['organization_id', 'bigint[]'],
    ['title', 'jsonb[]'],
    ['note', 'jsonb[]'],
  ],
};

/** An event's participants, replaced in the order given; those named by ID keep it. */
export async function replaceParticipants(tx: Queryable, eventId: string, participants: readonly ParticipantValues[]): Promise<void> {
  const json = (text: LocalizedText | null) => (text ? JSON.stringify(text) : null);
  await replaceSubRecords(
    tx,
    'Participants',
    PARTICIPANT_LIST,
    eventId,
    participants.map((p) => ({ id: p.id, values: [p.role, p.officialId, p.organizationId, json(p.title), json(p.note)] })),
  );
}

/** The organizations that organize or co-organize an event, with their roles (whose editors may write it). */
export function organizersOf(tx: Queryable, eventId: string): Promise<OrganizerValues[]> {
  return tx.query<OrganizerValues>(
    `/* eventOrganizersOfEvent */ SELECT organization_id::text AS "organizationId", role FROM event_organizers WHERE event_id = $1::bigint ORDER BY position`,
    [eventId],
  );
}

/** The parts of an event's snapshot beside its row: organizers and participants, in order. */
export async function eventParts(tx: Queryable, eventId: string): Promise<Snapshot> {
  const organizers = await tx.query<OrganizerRow>(
    `/* eventOrganizersOf */ SELECT ${EVENT_ORGANIZERS.select('o')} FROM event_organizers o WHERE o.event_id = $1::bigint ORDER BY ${ORGANIZER_ORDER('o')}`,
    [eventId],
  );
  const participants = await tx.query<ParticipantRow>(
    `/* eventParticipantsOf */ SELECT ${EVENT_PARTICIPANTS.select('p')} FROM event_participants p WHERE p.event_id = $1::bigint ORDER BY ${PARTICIPANT_ORDER('p')}`,
    [eventId],
  );
  return {
    organizers: organizers.map((row) => snapshotOf(EVENT_ORGANIZERS, row, ['eventId', 'position'])),
    participants: participants.map((row) => snapshotOf(EVENT_PARTICIPANTS, row, ['id', 'eventId', 'position'])),
  };
}

/** Whether `candidateId` is `eventId` or part of it, at any depth (partOf there would make a cycle). */
export function isPartOfEvent(tx: Queryable, eventId: string, candidateId: string): Promise<boolean> {
  return liesWithin(tx, 'eventInCampaign', { table: 'events', parentColumn: 'part_of_id' }, eventId, candidateId);
}

/** What refers to an event and keeps it from being deleted (its organizers and participants go with it). */
export const EVENT_REFERENCES = [
  { sql: 'SELECT 1 FROM recommendations WHERE event_id = $1::bigint', what: 'recommendations' },
  { sql: 'SELECT 1 FROM events WHERE part_of_id = $1::bigint', what: 'events that are part of it' },
];
