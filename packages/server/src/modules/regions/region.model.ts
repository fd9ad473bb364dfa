import { connectionField, listField, lookupField, tableFields, type TypeModel } from '../../compiler/model';
import { recordFields } from '../sources/source.model';
import { regionFilterReferences, type RegionsArgs } from './region.inputs';
import { REGIONS, regionListSpec } from './region.store';

export const REGION_MODELS: TypeModel[] = [
  {
    typename: 'Region',
    table: 'regions',
    fields: {
      ...tableFields(REGIONS),
      ...recordFields('Region'),
      children: listField(
        (item, row) => `regions ${item} WHERE ${item}.parent_id = ${row}.id`,
        (item) => `qorgau_sort_text(${item}.name), ${item}.id`,
      ),
      successors: listField(
        (item, row) =>
          `region_successions ${item}_s JOIN regions ${item} ON ${item}.id = ${item}_s.successor_id WHERE ${item}_s.predecessor_id = ${row}.id`,
        (item) => `${item}.id`,
      ),
      predecessors: listField(
        (item, row) =>
          `region_successions ${item}_s JOIN regions ${item} ON ${item}.id = ${item}_s.predecessor_id WHERE ${item}_s.successor_id = ${row}.id`,
        (item) => `${item}.id`,
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
