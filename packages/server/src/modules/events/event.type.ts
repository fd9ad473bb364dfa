import { Field, ID, Int, ObjectType } from 'type-graphql';
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

export const EventDimension = defineEnum('EventDimension', 'What `eventStats` splits events by.', {
  REGION:
    "Where they took place: the regions just below the filter's `region` (below the country without one), each with the regions below it; events recorded at that region itself count under it.",
  KIND: 'Their kind.',
  STATUS: 'Their status.',
  MONTH: 'The month they start in (events without a start date form their own bucket, without a period).',
  QUARTER: 'The quarter they start in.',
  YEAR: 'The year they start in.',
});
export type EventDimension = EnumValue<typeof EventDimension>;

@ObjectType({
  description:
    'A bucket of `eventStats`: how many events share its keys. A dimension it does not split by is null (see `groupedBy`); buckets without events are left out.',
})
export class EventBucket {
  @Field(() => Int, { description: 'How many events.' }) count!: number;
  @Field(() => EventKind, { nullable: true, description: 'Their kind (split by KIND).' }) kind!: EventKind | null;
  @Field(() => EventStatus, { nullable: true, description: 'Their status (split by STATUS).' }) status!: EventStatus | null;
  @Field(() => [EventDimension], { description: 'The dimensions this bucket splits by; fewer than asked for a subtotal.' })
  groupedBy!: EventDimension[];
}
