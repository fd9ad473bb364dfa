import { defineFeature } from '../../feature';
import { PROGRAMMES, createProgrammeLoaders } from './programme.store';
import { ProgrammeResolver } from './programme.resolver';
import { Programme } from './programme.type';

export const programmesFeature = defineFeature({
  name: 'programmes',
  resolvers: [ProgrammeResolver],
  types: [Programme],
  createLoaders: createProgrammeLoaders,
  nodes: [{ typeName: 'Programme', load: (loaders, id) => loaders.programmeById.load(id) }],
  tables: [PROGRAMMES],
});
