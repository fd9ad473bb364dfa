import { defineFeature } from '../../feature';
import { EVENT_MODELS } from './event.model';
import { EVENTS, EVENT_ORGANIZERS, EVENT_PARTICIPANTS, createEventLoaders } from './event.store';
import { EventBucketResolver, EventOrganizerResolver, EventParticipantResolver, EventResolver } from './event.resolver';
import { Event } from './event.type';

export const eventsFeature = defineFeature({
  name: 'events',
  resolvers: [EventResolver, EventOrganizerResolver, EventParticipantResolver, EventBucketResolver],
  types: [Event],
  createLoaders: createEventLoaders,
  nodes: [
    {
      typeName: 'Event',
      load: (loaders, id) => loaders.eventById.load(id),
      loadBySlug: (loaders, slug) => loaders.eventBySlug.load(slug),
    },
  ],
  otherIdTypes: ['EventParticipant'],
  search: [{ searchType: 'EVENT', description: 'Events.', typeName: 'Event', typeClass: Event, table: 'events' }],
  models: EVENT_MODELS,
  tables: [EVENTS, EVENT_ORGANIZERS, EVENT_PARTICIPANTS],
});
