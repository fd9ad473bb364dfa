import { RECORD_CHANGES } from '../../audit/audit.store';
import { defineFeature } from '../../feature';
import { CHANGE_MODELS } from './change.model';
import { ChangeResolver } from './change.resolver';

export const changesFeature = defineFeature({
  name: 'changes',
  resolvers: [ChangeResolver],
  models: CHANGE_MODELS,
  tables: [RECORD_CHANGES],
});
