import { connectionField, listField, lookupField, nestedConnectionField, tableFields, type TypeModel } from '../../compiler/model';
import { eventFilterReferences, type EventsArgs } from '../events/event.inputs';
import { officialEventsListSpec } from '../events/event.store';
import { citedSourcesField, recordFields } from '../sources/source.model';
import { officialFilterReferences, type OfficialsArgs } from './official.inputs';
import { OFFICIALS, POSTS, POSTS_OF_OFFICIAL, officialListSpec, postIsCurrentSql } from './official.store';

export const OFFICIAL_MODELS: TypeModel[] = [
  {
    typename: 'Official',
    table: 'officials',
    fields: {
      ...tableFields(OFFICIALS),
      ...recordFields('Official'),
      posts: listField(POSTS_OF_OFFICIAL),
      events: nestedConnectionField(officialEventsListSpec, (args: EventsArgs) => eventFilterReferences(args.filter)),
    },
  },
  {
    typename: 'Post',
    table: 'posts',
    fields: {
      ...tableFields(POSTS),
      sources: citedSourcesField('Post'),
      isCurrent: (scope) => postIsCurrentSql(scope.row),
    },
  },
  {
    typename: 'Query',
    fields: {
      official: lookupField('Official'),
      officials: connectionField(
        (args: OfficialsArgs) => officialListSpec(args),
        (args: OfficialsArgs) => officialFilterReferences(args.filter),
      ),
    },
  },
];
