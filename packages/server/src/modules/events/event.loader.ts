import type DataLoader from 'dataloader';
import type { Db } from '../../common/db';
import { primeWith, rowsById, rowsByKey, rowsBySlug } from '../../common/loader-helpers';
import { OFFICIAL_SHAPE, type OfficialRow } from '../officials/official.type';
import { ORGANIZATION_SHAPE, type OrganizationRow } from '../organizations/organization.type';
import { EVENT_COLUMNS, type EventRow, type OrganizerRow, type ParticipantRow } from './event.type';

export function createEventLoaders(
  db: Db,
  related: { organizationById: DataLoader<string, OrganizationRow | null>; officialById: DataLoader<string, OfficialRow | null> },
) {
  return {
    eventById: rowsById<EventRow>(db, EVENT_COLUMNS, 'events t'),
    eventBySlug: rowsBySlug<EventRow>(db, EVENT_COLUMNS, 'events t'),
    organizersByEventId: rowsByKey<OrganizerRow, OrganizerRow & { organization: OrganizationRow }>(
      db,
      (keys) => `
      SELECT o.event_id::text AS "__key", o.role, o.organization_id::text AS "organizationId", ${ORGANIZATION_SHAPE.json('g')} AS organization
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
      (keys) => `
      SELECT p.event_id::text AS "__key", p.role, p.official_id::text AS "officialId", p.organization_id::text AS "organizationId",
        p.title, p.note,
        CASE WHEN f.id IS NULL THEN NULL ELSE ${OFFICIAL_SHAPE.json('f')} END AS official,
        CASE WHEN g.id IS NULL THEN NULL ELSE ${ORGANIZATION_SHAPE.json('g')} END AS organization
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
