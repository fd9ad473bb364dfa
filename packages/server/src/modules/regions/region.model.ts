import { connectionField, listField, lookupField, tableFields, type TypeModel } from '../../compiler/model';
import { recordFields } from '../sources/source.model';
import { regionFilterReferences, type RegionsArgs } from './region.inputs';
import { CHILDREN_OF_REGION, PREDECESSORS_OF_REGION, REGIONS, SUCCESSORS_OF_REGION, regionListSpec } from './region.store';

export const REGION_MODELS: TypeModel[] = [
  {
    typename: 'Region',
    table: 'regions',
    fields: {
      ...tableFields(REGIONS),
      ...recordFields('Region'),
      children: listField(CHILDREN_OF_REGION),
      successors: listField(SUCCESSORS_OF_REGION),
      predecessors: listField(PREDECESSORS_OF_REGION),
    },
  },
  {
    typename: 'Query',
    fields: {
      region: lookupField('Region'),
      regions: connectionField(regionListSpec, (args: RegionsArgs) => regionFilterReferences(args.filter)),
    },
  },
];
