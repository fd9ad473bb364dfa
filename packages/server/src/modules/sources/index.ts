import { defineFeature } from '../../feature';
import { RECORD_SOURCES, SOURCES, createSourceLoaders } from './source.store';
import { SourceResolver } from './source.resolver';
import { Source } from './source.type';

export const sourcesFeature = defineFeature({
  name: 'sources',
  resolvers: [SourceResolver],
  types: [Source],
  createLoaders: createSourceLoaders,
  nodes: [{ typeName: 'Source', load: (loaders, id) => loaders.sourceById.load(id) }],
  tables: [SOURCES, RECORD_SOURCES],
});
