import { defineFeature } from '../../feature';
import { OFFICIAL_MODELS } from './official.model';
import { OFFICIALS, POSTS, createOfficialLoaders } from './official.store';
import { OfficialResolver, PostResolver } from './official.resolver';
import { Official, Post } from './official.type';

export const officialsFeature = defineFeature({
  name: 'officials',
  resolvers: [OfficialResolver, PostResolver],
  types: [Official, Post],
  createLoaders: createOfficialLoaders,
  nodes: [
    {
      typeName: 'Official',
      load: (loaders, id) => loaders.officialById.load(id),
      loadBySlug: (loaders, slug) => loaders.officialBySlug.load(slug),
    },
    { typeName: 'Post', load: (loaders, id) => loaders.postById.load(id) },
  ],
  search: [{ searchType: 'OFFICIAL', description: 'Officials.', typeName: 'Official', typeClass: Official, table: 'officials' }],
  models: OFFICIAL_MODELS,
  tables: [OFFICIALS, POSTS],
});
