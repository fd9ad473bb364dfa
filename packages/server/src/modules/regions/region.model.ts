import { connectionField, listField, lookupField, tableFields, type TypeModel } from '../../compiler/model';
import { recordFields } from '../sources/source.model';
import { regionFilterReferences, type RegionsArgs } from './region.inputs';
import { CHILD_ORDER, REGIONS, SUCCESSION_ORDER, regionListSpec } from './region.store';

export const REGION_MODELS: TypeModel[] = [
  {
    typename: 'Region',
    table: 'regions',
    fields: {
      ...tableFields(REGIONS),
      ...recordFields('Region'),
      children: listField((item, row) => `regions ${item} WHERE ${item}.parent_id = ${row}.id`, CHILD_ORDER),
      successors: listField(
        (item, row) =>
          `region_successions ${item}_s JOIN regions ${item} ON ${item}.id = ${item}_s.successor_id WHERE ${item}_s.predecessor_id = ${row}.id`,
        SUCCESSION_ORDER,
      ),
      predecessors: listField(
        (item, row) =>
          `region_successions ${item}_s JOIN regions ${item} ON ${item}.id = ${item}_s.predecessor_id WHERE ${item}_s.successor_id = ${row}.id`,
        SUCCESSION_ORDER,
      ),
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
