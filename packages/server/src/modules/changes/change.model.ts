import { base64url, connectionField, tableFields, type TypeModel } from '../../compiler/model';
import { RECORD_CHANGES } from '../../audit/audit.store';
import type { ChangesArgs } from './change.inputs';
import { changesFilterOf, changesFilterReferences } from './change.service';
import { changeListSpec } from './change.store';

export const CHANGE_MODELS: TypeModel[] = [
  {
    typename: 'Change',
    fields: {
      ...tableFields(RECORD_CHANGES),
      // The record's global ID (toGlobalId of its type and id), kept after it is deleted.
      recordId: (scope) => base64url(`${scope.row}.record_type || ':' || ${scope.row}.record_id`),
      record: (scope) => scope.nodeOf(`${scope.row}.record_type`, `${scope.row}.record_id`),
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
