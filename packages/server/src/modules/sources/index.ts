import { defineFeature } from '../../feature';
import { SOURCE_MODELS } from './source.model';
import { RECORD_SOURCES, SOURCES, createSourceLoaders } from './source.store';
import { SourceResolver } from './source.resolver';
import { Source } from './source.type';

export const sourcesFeature = defineFeature({
  name: 'sources',
  resolvers: [SourceResolver],
  types: [Source],
  createLoaders: createSourceLoaders,
  nodes: [{ typeName: 'Source', load: (loaders, id) => loaders.sourceById.load(id) }],
  models: SOURCE_MODELS,
  tables: [SOURCES, RECORD_SOURCES],
});
