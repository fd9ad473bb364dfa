import { RECORD_CHANGES } from '../../audit/audit.store';
import { defineFeature } from '../../feature';
import { ChangeResolver } from './change.resolver';

export const changesFeature = defineFeature({
  name: 'changes',
  resolvers: [ChangeResolver],
  tables: [RECORD_CHANGES],
});
