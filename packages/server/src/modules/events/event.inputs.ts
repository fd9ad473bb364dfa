import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import { LocalizedTextInput, LocationInput } from '../../graphql/inputs';
import { listReferences, type Reference } from '../../graphql/references';
import { FOLLOW_SUCCESSIONS_DESCRIPTION } from '../regions/region.inputs';
import { ConnectionArgs, DateRangeInput, DateScalar, DateTimeScalar, SortDirection } from '../../graphql/types';
import { EventDimension, EventKind, EventStatus, OrganizerRole, ParticipantRole } from './event.type';

export const EventOrderField = defineEnum('EventOrderField', 'What events can be ordered by.', {
  STARTS_ON: 'The first day (events without a date come last in descending order).',
  TITLE: 'The title (English, else Russian, else Kazakh).',
  CREATED_AT: 'When the event was added.',
  UPDATED_AT: 'When the event last changed.',
});
export type EventOrderField = EnumValue<typeof EventOrderField>;

@InputType({ description: 'Narrows a list of events; all given conditions must hold.' })
export class EventFilter {
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Only records changed at or after this time (for apps that sync; see also `changes`).',
  })
  updatedSince?: string | null;
  @Field(() => [EventKind], { nullable: true, description: 'Only events of these kinds.' }) kinds?: EventKind[] | null;
  @Field(() => [EventStatus], { nullable: true, description: 'Only events in these statuses.' }) statuses?: EventStatus[] | null;
  @Field(() => ID, { nullable: true, description: 'Only events in this region or any region below it.' }) region?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Only events in any of these regions (by ID or slug) or a region below one of them.' })
  regions?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: FOLLOW_SUCCESSIONS_DESCRIPTION }) followSuccessions?: boolean | null;
  @Field(() => [ID], { nullable: true, description: 'Only events any of these organizations (by ID or slug) organized or took part in.' })
  organizations?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Only events any of these officials (by ID or slug) took part in.' })
  officials?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'Only events this organization organized or took part in.' }) organization?:
    string | null;
  @Field(() => ID, { nullable: true, description: 'Only events this official took part in.' }) official?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only events that are part of this campaign.' }) partOf?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Only events that are part of any of these campaigns (by ID or slug).' }) campaigns?:
    string[] | null;
  @Field(() => DateRangeInput, { nullable: true, description: 'Only events that overlap these dates.' }) dateRange?: DateRangeInput | null;
  @Field(() => String, {
    nullable: true,
    description: 'Full-text search in titles, summaries, occasions and cities (English, Russian, Kazakh).',
  })
  query?: string | null;
}

@InputType({ description: 'The order of a list of events.' })
export class EventOrder {
  @Field(() => EventOrderField, { description: 'What to order by.' }) field!: EventOrderField;
  @Field(() => SortDirection, { description: 'The direction.' }) direction!: SortDirection;
}

@ArgsType()
export class EventsArgs extends ConnectionArgs {
  @Field(() => EventFilter, { nullable: true, description: 'Narrows the list.' }) filter?: EventFilter | null;
  @Field(() => EventOrder, { nullable: true, description: 'The order; most recent first when omitted.' }) orderBy?: EventOrder | null;
}

/** The period dimensions: a bucket has one period, so at most one of them is asked for. */
export const EVENT_PERIOD_DIMENSIONS: readonly EventDimension[] = ['MONTH', 'QUARTER', 'YEAR'];

@ArgsType()
export class EventStatsArgs {
  @Field(() => EventFilter, { nullable: true, description: 'Which events to count.' }) filter?: EventFilter | null;
  @Field(() => [EventDimension], {
    description:
      'The dimensions to split by, in the order buckets are sorted (at most one of MONTH, QUARTER, YEAR); none: one bucket, the total.',
  })
  groupBy!: EventDimension[];
  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Also the subtotals: a bucket for every coarser split down to the grand total, each telling its dimensions in `groupedBy`.',
  })
  subtotals!: boolean;
}

/** The records a EventFilter names, which must exist. */
export function eventFilterReferences(filter: EventFilter | null | undefined): Reference[] {
  return [
    ['filter.region', 'Region', filter?.region],
    ['filter.organization', 'Organization', filter?.organization],
    ['filter.official', 'Official', filter?.official],
    ['filter.partOf', 'Event', filter?.partOf],
    ...listReferences('filter.regions', 'Region', filter?.regions),
    ...listReferences('filter.organizations', 'Organization', filter?.organizations),
    ...listReferences('filter.officials', 'Official', filter?.officials),
    ...listReferences('filter.campaigns', 'Event', filter?.campaigns),
  ];
}

@InputType({ description: 'An organization that organizes an event, and how.' })
export class EventOrganizerInput {
  @Field(() => ID, { description: 'The organization, by ID or slug.' }) organization!: string;
  @Field(() => OrganizerRole, { description: 'Organizer or co-organizer.' }) role!: OrganizerRole;
}

@InputType({
  description:
    'Someone who takes part in an event: an official, an organization, an organization plus a title ("vice ministers of public health"), or a title alone; at least one of official, organization and title.',
})
export class EventParticipantInput {
  @Field(() => ID, {
    nullable: true,
    description: 'In an update: the participant this item keeps (its ID stays, its fields are replaced); omit for a new one.',
  })
  id?: string | null;
  @Field(() => ParticipantRole, { description: 'How they take part.' }) role!: ParticipantRole;
  @Field(() => ID, { nullable: true, description: 'The official, by ID or slug.' }) official?: string | null;
  @Field(() => ID, { nullable: true, description: 'The organization they represent, by ID or slug.' }) organization?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'Their title as the source gives it.' })
  title?: LocalizedTextInput | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'What the source says they said or did.' })
  note?: LocalizedTextInput | null;
}

@InputType({ description: 'A new event. An EDITOR must name its own organization among the organizers.' })
export class CreateEventInput {
  @Field(() => String, { nullable: true, description: 'A stable identifier; made from the title when omitted.' }) slug?: string | null;
  @Field(() => LocalizedTextInput, { description: 'The title.' }) title!: LocalizedTextInput;
  @Field(() => EventKind, { description: 'What kind of event it is.' }) kind!: EventKind;
  @Field(() => EventStatus, {
    nullable: true,
    description:
      'Where it stands; when omitted, from its dates: PLANNED before it starts (or without a start), ONGOING while it runs, HELD after.',
  })
  status?: EventStatus | null;
  @Field(() => DateScalar, { nullable: true, description: 'The first day.' }) startsOn?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The last day (on or after startsOn).' }) endsOn?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The city.' }) city?: LocalizedTextInput | null;
  @Field(() => ID, { nullable: true, description: 'The region, by ID or slug.' }) region?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'A summary.' }) summary?: LocalizedTextInput | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The occasion.' }) occasion?: LocalizedTextInput | null;
  @Field(() => [LocalizedTextInput], { nullable: true, description: 'The issues discussed (at most 50).' }) topics?:
    LocalizedTextInput[] | null;
  @Field(() => [LocalizedTextInput], { nullable: true, description: 'What the participants concluded (at most 50).' })
  conclusions?: LocalizedTextInput[] | null;
  @Field(() => ID, { nullable: true, description: 'The campaign it is part of, by ID or slug.' }) partOf?: string | null;
  @Field(() => LocationInput, { nullable: true, description: 'Where it took place, where a source gives it.' })
  location?: LocationInput | null;
  @Field(() => [EventOrganizerInput], { description: 'The organizers and co-organizers, in order (1 to 50).' })
  organizers!: EventOrganizerInput[];
  @Field(() => [EventParticipantInput], { nullable: true, description: 'Moderators, speakers and participants, in order (at most 200).' })
  participants?: EventParticipantInput[] | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'The documents this is taken from, by ID or slug; none: the key is cited (API_SUBMISSION).',
  })
  sourceIds?: string[] | null;
}

@InputType({
  description:
    'Changes to an event (an ADMIN, or an EDITOR of an organizer, who must stay an organizer); omitted fields stay, null clears, a list replaces the list.',
})
export class UpdateEventInput {
  @Field(() => ID, { description: 'The event, by ID or slug.' }) id!: string;
  @Field(() => Int, { description: 'The version last read; a newer one means a CONFLICT and nothing changes.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'A new slug.' }) slug?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The title.' }) title?: LocalizedTextInput | null;
  @Field(() => EventKind, { nullable: true, description: 'What kind of event it is.' }) kind?: EventKind | null;
  @Field(() => EventStatus, { nullable: true, description: 'Where it stands.' }) status?: EventStatus | null;
  @Field(() => DateScalar, { nullable: true, description: 'The first day.' }) startsOn?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The last day.' }) endsOn?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The city.' }) city?: LocalizedTextInput | null;
  @Field(() => ID, { nullable: true, description: 'The region.' }) region?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'A summary.' }) summary?: LocalizedTextInput | null;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The occasion.' }) occasion?: LocalizedTextInput | null;
  @Field(() => [LocalizedTextInput], { nullable: true, description: 'The issues discussed.' }) topics?: LocalizedTextInput[] | null;
  @Field(() => [LocalizedTextInput], { nullable: true, description: 'What the participants concluded.' }) conclusions?:
    LocalizedTextInput[] | null;
  @Field(() => ID, { nullable: true, description: 'The campaign it is part of.' }) partOf?: string | null;
  @Field(() => LocationInput, { nullable: true, description: 'Where it took place (replaces it; null removes it).' })
  location?: LocationInput | null;
  @Field(() => [EventOrganizerInput], { nullable: true, description: 'The organizers (replaces the list).' }) organizers?:
    EventOrganizerInput[] | null;
  @Field(() => [EventParticipantInput], { nullable: true, description: 'The participants (replaces the list).' })
  participants?: EventParticipantInput[] | null;
  @Field(() => [ID], { nullable: true, description: 'Documents this change is taken from (added to its sources); none: the key is cited.' })
  sourceIds?: string[] | null;
}
