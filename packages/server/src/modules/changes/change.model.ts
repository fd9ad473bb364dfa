import { connectionField, globalIdOfSql, tableFields, type TypeModel } from '../../compiler/model';
import { RECORD_CHANGES } from '../../audit/audit.store';
import type { ChangesArgs } from './change.inputs';
import { changesFilterOf, changesFilterReferences } from './change.service';
import { CHANGED_RECORD, changeListSpec } from './change.store';

export const CHANGE_MODELS: TypeModel[] = [
  {
    typename: 'Change',
    fields: {
      ...tableFields(RECORD_CHANGES),
      // The record's global ID, kept after it is deleted.
      recordId: (scope) => globalIdOfSql(CHANGED_RECORD.type(scope.row), CHANGED_RECORD.id(scope.row)),
      record: (scope) => scope.nodeOf(CHANGED_RECORD.type(scope.row), CHANGED_RECORD.id(scope.row)),
    },
  },
  {
    typename: 'Query',
    fields: {
      changes: connectionField(
        (args: ChangesArgs) => changeListSpec(changesFilterOf(args.filter)),
        (args: ChangesArgs) => changesFilterReferences(args.filter),
      ),
    },
  },
];
