import { connectionField, listField, lookupField, tableFields, type TypeModel } from '../../compiler/model';
import { PILOTS_OF_PROGRAMME } from '../pilot-regions/pilot-region.store';
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
      pilotRegions: listField(PILOTS_OF_PROGRAMME),
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
