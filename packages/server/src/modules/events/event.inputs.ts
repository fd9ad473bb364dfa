import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import type { Reference } from '../../graphql/references';
import { ConnectionArgs, DateRangeInput, SortDirection } from '../../graphql/types';
import { EventKind, EventStatus } from './event.type';

export const EventOrderField = defineEnum('EventOrderField', 'What events can be ordered by.', {
  STARTS_ON: 'The first day (events without a date come last in descending order).',
  TITLE: 'The title (English, else Russian, else Kazakh).',
  CREATED_AT: 'When the event was added.',
});
export type EventOrderField = EnumValue<typeof EventOrderField>;

@InputType({ description: 'Narrows a list of events; all given conditions must hold.' })
export class EventFilter {
  @Field(() => [EventKind], { nullable: true, description: 'Only events of these kinds.' }) kinds?: EventKind[] | null;
  @Field(() => [EventStatus], { nullable: true, description: 'Only events in these statuses.' }) statuses?: EventStatus[] | null;
  @Field(() => ID, { nullable: true, description: 'Only events in this region or any region below it.' }) region?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only events this organization organized or took part in.' }) organization?:
    string | null;
  @Field(() => ID, { nullable: true, description: 'Only events this official took part in.' }) official?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only events that are part of this campaign.' }) partOf?: string | null;
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

/** The records a EventFilter names, which must exist. */
export function eventFilterReferences(filter: EventFilter | null | undefined): Reference[] {
  return [
    ['filter.region', 'Region', filter?.region],
    ['filter.organization', 'Organization', filter?.organization],
    ['filter.official', 'Official', filter?.official],
    ['filter.partOf', 'Event', filter?.partOf],
  ];
}
