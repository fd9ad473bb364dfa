import { connectionField, listField, lookupField, nestedConnectionField, tableFields, type TypeModel } from '../../compiler/model';
import { eventFilterReferences, type EventsArgs } from '../events/event.inputs';
import { regionEventsListSpec } from '../events/event.store';
import { organizationFilterReferences, type OrganizationsArgs } from '../organizations/organization.inputs';
import { regionOrganizationsListSpec } from '../organizations/organization.store';
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
      events: nestedConnectionField(regionEventsListSpec, (args: EventsArgs) => eventFilterReferences(args.filter)),
      organizations: nestedConnectionField(regionOrganizationsListSpec, (args: OrganizationsArgs) =>
        organizationFilterReferences(args.filter),
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
