import { connectionField, listField, lookupField, tableFields, type TypeModel } from '../../compiler/model';
import { PILOT_ORDER } from '../pilot-regions/pilot-region.store';
import { recordFields } from '../sources/source.model';
import { programmeFilterReferences, type ProgrammesArgs } from './programme.inputs';
import { PROGRAMMES, programmeListSpec } from './programme.store';

export const PROGRAMME_MODELS: TypeModel[] = [
  {
    typename: 'Programme',
    table: 'programmes',
    fields: {
      ...tableFields(PROGRAMMES),
      ...recordFields('Programme'),
      pilotRegions: listField((item, row) => `pilot_regions ${item} WHERE ${item}.programme_id = ${row}.id`, PILOT_ORDER),
    },
  },
  {
    typename: 'Query',
    fields: {
      programme: lookupField('Programme'),
      programmes: connectionField(programmeListSpec, (args: ProgrammesArgs) => programmeFilterReferences(args.filter)),
    },
  },
];
