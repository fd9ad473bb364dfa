import type { Db } from '../../common/db';
import { rowsById, rowsByKey, rowsBySlug } from '../../common/loader-helpers';
import { EVENT_COLUMNS, type EventRow, type OrganizerRow, type ParticipantRow } from './event.type';

export function createEventLoaders(db: Db) {
  return {
    eventById: rowsById<EventRow>(db, EVENT_COLUMNS, 'events t'),
    eventBySlug: rowsBySlug<EventRow>(db, EVENT_COLUMNS, 'events t'),
    organizersByEventId: rowsByKey<OrganizerRow>(db, (keys) => `
      SELECT o.event_id::text AS "__key", o.role, o.organization_id::text AS "organizationId" FROM event_organizers o
      WHERE o.event_id = ANY(${keys}::bigint[]) ORDER BY o.event_id, o.position, o.organization_id`),
    participantsByEventId: rowsByKey<ParticipantRow>(db, (keys) => `
      SELECT p.event_id::text AS "__key", p.role, p.official_id::text AS "officialId", p.organization_id::text AS "organizationId",
        p.title, p.note FROM event_participants p
      WHERE p.event_id = ANY(${keys}::bigint[]) ORDER BY p.event_id, p.position, p.id`),
  };
}
