import { Field, ObjectType } from 'type-graphql';
import { Connection, Node, DateScalar } from '../../common/graphql';
import type { LocalizedText } from '../../common/localized-text';
import { RecordType, recordColumns, type RecordRow } from '../../common/record';
import { defineEnum, type EnumValue } from '../../common/enums';

export const EventKind = defineEnum('EventKind', 'What kind of event it is.', {
  CONFERENCE: 'A conference or round table.',
  TRAINING: 'A training course or seminar.',
  OUTREACH: 'An outreach action for the public.',
  CAMPAIGN: 'A campaign that other events are part of, such as the annual "16 days without violence" action.',
  MEETING: 'A working meeting.',
  OTHER: 'Any other event.',
});
export type EventKind = EnumValue<typeof EventKind>;

export const EventStatus = defineEnum('EventStatus', 'Where an event stands.', {
  PLANNED: 'Announced, not yet begun.',
  ONGOING: 'Under way.',
  HELD: 'Took place.',
  CANCELLED: 'Called off.',
});
export type EventStatus = EnumValue<typeof EventStatus>;

export const OrganizerRole = defineEnum('OrganizerRole', 'How an organization organized an event.', {
  ORGANIZER: 'An organizer.',
  CO_ORGANIZER: 'A co-organizer.',
});
export type OrganizerRole = EnumValue<typeof OrganizerRole>;

export const ParticipantRole = defineEnum('ParticipantRole', 'How someone took part in an event.', {
  MODERATOR: 'Moderated the event.',
  SPEAKER: 'Spoke or delivered a report.',
  PARTICIPANT: 'Took part.',
});
export type ParticipantRole = EnumValue<typeof ParticipantRole>;

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

@ObjectType({ simpleResolvers: true, description: 'An organization that organized an event, with its role.' })
export class EventOrganizer {
  @Field(() => OrganizerRole, { description: 'Organizer or co-organizer.' }) role!: OrganizerRole;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Someone who took part in an event: an official, an organization, an organization plus a title ("vice minister of public health"), or a title alone ("international experts") where the source names no one.',
})
export class EventParticipant {
  @Field(() => ParticipantRole, { description: 'How they took part.' }) role!: ParticipantRole;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, RecordType],
  description: 'A conference, training, outreach action or campaign of the programme.',
})
export class Event extends RecordType {
  @Field(() => EventKind, { description: 'What kind of event it is.' }) kind!: EventKind;
  @Field(() => EventStatus, { description: 'Where the event stands.' }) status!: EventStatus;
  @Field(() => DateScalar, { nullable: true, description: 'The first day; null when the sources do not give it.' }) startsOn!:
    string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The last day; null when the sources do not give it.' }) endsOn!: string | null;
}

export const EventConnection = Connection(Event, 'Event', 'events');
