import { Field, ID, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import { Payload } from '../../graphql/payload';
import { Connection, DateScalar, Node } from '../../graphql/types';
import { RecordType } from '../sources/record.type';

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

export const CreateEventPayload = Payload('createEvent', { event: { type: () => Event, description: 'The new event.' } });
export const UpdateEventPayload = Payload('updateEvent', {
  event: { type: () => Event, description: 'The event as it is now (after a CONFLICT: as it stands, unchanged).' },
});
export const DeleteEventPayload = Payload('deleteEvent', {
  deletedEventId: { type: () => ID, description: 'The ID the deleted event had.' },
});
