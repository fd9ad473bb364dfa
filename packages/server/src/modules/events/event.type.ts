import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, Node, DateScalar } from '../../common/graphql';
import type { LocalizedText } from '../../common/localized-text';
import { RecordType, recordColumns, type RecordRow } from '../../common/record';

export const EventKind = { CONFERENCE: 'CONFERENCE', TRAINING: 'TRAINING', OUTREACH: 'OUTREACH', CAMPAIGN: 'CAMPAIGN', MEETING: 'MEETING', OTHER: 'OTHER' } as const;
export type EventKind = (typeof EventKind)[keyof typeof EventKind];
registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What kind of event it is.',
  valuesConfig: {
    CONFERENCE: { description: 'A conference or round table.' },
    TRAINING: { description: 'A training course or seminar.' },
    OUTREACH: { description: 'An outreach action for the public.' },
    CAMPAIGN: { description: 'A campaign that other events are part of, such as the annual "16 days without violence" action.' },
    MEETING: { description: 'A working meeting.' },
    OTHER: { description: 'Any other event.' },
  },
});

export const EventStatus = { PLANNED: 'PLANNED', ONGOING: 'ONGOING', HELD: 'HELD', CANCELLED: 'CANCELLED' } as const;
export type EventStatus = (typeof EventStatus)[keyof typeof EventStatus];
registerEnumType(EventStatus, {
  name: 'EventStatus',
  description: 'Where an event stands.',
  valuesConfig: {
    PLANNED: { description: 'Announced, not yet begun.' }, ONGOING: { description: 'Under way.' },
    HELD: { description: 'Took place.' }, CANCELLED: { description: 'Called off.' },
  },
});

export const OrganizerRole = { ORGANIZER: 'ORGANIZER', CO_ORGANIZER: 'CO_ORGANIZER' } as const;
export type OrganizerRole = (typeof OrganizerRole)[keyof typeof OrganizerRole];
registerEnumType(OrganizerRole, {
  name: 'OrganizerRole',
  description: 'How an organization organized an event.',
  valuesConfig: { ORGANIZER: { description: 'An organizer.' }, CO_ORGANIZER: { description: 'A co-organizer.' } },
});

export const ParticipantRole = { MODERATOR: 'MODERATOR', SPEAKER: 'SPEAKER', PARTICIPANT: 'PARTICIPANT' } as const;
export type ParticipantRole = (typeof ParticipantRole)[keyof typeof ParticipantRole];
registerEnumType(ParticipantRole, {
  name: 'ParticipantRole',
  description: 'How someone took part in an event.',
  valuesConfig: {
    MODERATOR: { description: 'Moderated the event.' }, SPEAKER: { description: 'Spoke or delivered a report.' },
    PARTICIPANT: { description: 'Took part.' },
  },
});

export interface EventRow extends RecordRow {
  title: LocalizedText;
  kind: EventKind;
  status: EventStatus;
  startsOn: string | null;
  endsOn: string | null;
  city: LocalizedText | null;
  regionId: string | null;
  summary: LocalizedText | null;
  occasion: LocalizedText | null;
  topics: LocalizedText[];
  conclusions: LocalizedText[];
  partOfId: string | null;
}

export const EVENT_COLUMNS = `${recordColumns('Event')}, t.title, t.kind, t.status, t.starts_on AS "startsOn", t.ends_on AS "endsOn",
  t.city, t.region_id::text AS "regionId", t.summary, t.occasion, t.topics, t.conclusions, t.part_of_id::text AS "partOfId"`;

export interface OrganizerRow {
  role: OrganizerRole;
  organizationId: string;
}

export interface ParticipantRow {
  role: ParticipantRole;
  officialId: string | null;
  organizationId: string | null;
  title: LocalizedText | null;
  note: LocalizedText | null;
}

@ObjectType({ description: 'An organization that organized an event, with its role.' })
export class EventOrganizer {
  @Field(() => OrganizerRole, { description: 'Organizer or co-organizer.' }) role!: OrganizerRole;
}

@ObjectType({ description: 'Someone who took part in an event: an official, an organization, an organization plus a title ("vice minister of public health"), or a title alone ("international experts") where the source names no one.' })
export class EventParticipant {
  @Field(() => ParticipantRole, { description: 'How they took part.' }) role!: ParticipantRole;
}

@ObjectType({ implements: [Node, RecordType], description: 'A conference, training, outreach action or campaign of the programme.' })
export class Event extends RecordType {
  @Field(() => EventKind, { description: 'What kind of event it is.' }) kind!: EventKind;
  @Field(() => EventStatus, { description: 'Where the event stands.' }) status!: EventStatus;
  @Field(() => DateScalar, { nullable: true, description: 'The first day; null when the sources do not give it.' }) startsOn!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The last day; null when the sources do not give it.' }) endsOn!: string | null;
}

export const EventConnection = Connection(Event, 'Event', 'events');
