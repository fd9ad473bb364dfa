import { connectionField, listField, lookupField, nestedConnectionField, tableFields, value, type TypeModel } from '../../compiler/model';
import { eventFilterReferences, type EventsArgs } from '../events/event.inputs';
import { organizationEventsListSpec } from '../events/event.store';
import { officialFilterReferences, type OfficialsArgs } from '../officials/official.inputs';
import { organizationOfficialsListSpec } from '../officials/official.store';
import { recordFields } from '../sources/source.model';
import { organizationFilterReferences, type OrganizationsArgs } from './organization.inputs';
import {
  CONTACTS_OF_ORGANIZATION,
  HAS_SERVICE_PROFILE,
  ORGANIZATIONS,
  ORGANIZATION_CONTACTS,
  SERVICE_PROFILE_FLAG,
  SUBDIVISIONS_OF_ORGANIZATION,
  organizationListSpec,
} from './organization.store';

const { serviceProfile: _serviceProfile, ...organizationColumns } = tableFields(ORGANIZATIONS);

export const ORGANIZATION_MODELS: TypeModel[] = [
  {
    typename: 'Organization',
    table: 'organizations',
    fields: {
      ...organizationColumns,
      ...recordFields('Organization'),
      // The profile is a jsonb object on the organization's own row; its fields read from there.
      serviceProfile: (scope) => `CASE WHEN ${HAS_SERVICE_PROFILE(scope.row)} THEN ${scope.object(scope.row)} END`,
      subdivisions: listField(SUBDIVISIONS_OF_ORGANIZATION),
      contacts: listField(CONTACTS_OF_ORGANIZATION),
      officials: nestedConnectionField(organizationOfficialsListSpec, (args: OfficialsArgs) => officialFilterReferences(args.filter)),
      events: nestedConnectionField(organizationEventsListSpec, (args: EventsArgs) => eventFilterReferences(args.filter)),
    },
  },
  { typename: 'Contact', fields: tableFields(ORGANIZATION_CONTACTS) },
  {
    typename: 'ServiceProfile',
    fields: Object.fromEntries(
      (['freeOfCharge', 'accessibleToRuralPopulation', 'hasCrisisBeds'] as const).map((flag) => [
        flag,
        value((row) => SERVICE_PROFILE_FLAG(row, flag)),
      ]),
    ),
  },
  {
    typename: 'Query',
    fields: {
      organization: lookupField('Organization'),
      organizations: connectionField(organizationListSpec, (args: OrganizationsArgs) => organizationFilterReferences(args.filter)),
    },
  },
];
