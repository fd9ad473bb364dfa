import { defineFeature } from '../../feature';
import { PROGRAMME_MODELS } from './programme.model';
import { PROGRAMMES, createProgrammeLoaders } from './programme.store';
import { ProgrammeResolver } from './programme.resolver';
import { Programme } from './programme.type';

export const programmesFeature = defineFeature({
  name: 'programmes',
  resolvers: [ProgrammeResolver],
  types: [Programme],
  createLoaders: createProgrammeLoaders,
  nodes: [
    {
      typeName: 'Programme',
      load: (loaders, id) => loaders.programmeById.load(id),
      loadBySlug: (loaders, slug) => loaders.programmeBySlug.load(slug),
    },
  ],
  models: PROGRAMME_MODELS,
  tables: [PROGRAMMES],
});
