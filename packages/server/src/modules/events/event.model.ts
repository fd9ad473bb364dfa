import {
  bucketsField,
  connectionField,
  globalIdField,
  listField,
  locationField,
  lookupField,
  nestedConnectionField,
  periodField,
  tableFields,
  value,
  type TypeModel,
} from '../../compiler/model';
import { recommendationFilterReferences, type RecommendationsArgs } from '../recommendations/recommendation.inputs';
import { eventRecommendationsListSpec } from '../recommendations/recommendation.store';
import { recordFields } from '../sources/source.model';
import { eventFilterReferences, type EventStatsArgs, type EventsArgs } from './event.inputs';
import {
  EVENTS,
  EVENT_ORGANIZERS,
  EVENT_PARTICIPANTS,
  ORGANIZERS_OF_EVENT,
  PARTICIPANTS_OF_EVENT,
  eventBucketsSql,
  eventListSpec,
  partsListSpec,
} from './event.store';

const { latitude: _latitude, longitude: _longitude, address: _address, ...eventColumns } = tableFields(EVENTS);

export const EVENT_MODELS: TypeModel[] = [
  {
    typename: 'Event',
    table: 'events',
    fields: {
      ...eventColumns,
      ...recordFields('Event'),
      location: locationField,
      organizers: listField(ORGANIZERS_OF_EVENT),
      participants: listField(PARTICIPANTS_OF_EVENT),
      parts: nestedConnectionField(partsListSpec, (args: EventsArgs) => eventFilterReferences(args.filter)),
      recommendations: nestedConnectionField(eventRecommendationsListSpec, (args: RecommendationsArgs) =>
        recommendationFilterReferences(args.filter),
      ),
    },
  },
  { typename: 'EventOrganizer', fields: tableFields(EVENT_ORGANIZERS) },
  { typename: 'EventParticipant', fields: { ...tableFields(EVENT_PARTICIPANTS), id: globalIdField('EventParticipant') } },
  {
    typename: 'EventBucket',
    fields: {
      count: value((row) => `${row}.count`),
      region: (scope) => scope.objectById(`${scope.row}."regionId"`),
      kind: value((row) => `${row}.kind`),
      status: value((row) => `${row}.status`),
      period: periodField,
      groupedBy: value((row) => `${row}."groupedBy"`),
    },
  },
  {
    typename: 'Query',
    fields: {
      event: lookupField('Event'),
      events: connectionField(
        (args: EventsArgs) => eventListSpec(args),
        (args: EventsArgs) => eventFilterReferences(args.filter),
      ),
      eventStats: bucketsField(eventBucketsSql, (args: EventStatsArgs) => eventFilterReferences(args.filter)),
    },
  },
];
