import { defineFeature } from '../../feature';
import { ENUM_LABEL_MODELS } from './enum-label.model';
import { EnumLabelsResolver } from './enum-label.resolver';

export const enumLabelsFeature = defineFeature({
  name: 'enum-labels',
  resolvers: [EnumLabelsResolver],
  models: ENUM_LABEL_MODELS,
  tables: [],
});
