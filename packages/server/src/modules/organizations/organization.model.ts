import { connectionField, listField, lookupField, nestedConnectionField, tableFields, value, type TypeModel } from '../../compiler/model';
import { eventFilterReferences, type EventsArgs } from '../events/event.inputs';
import { organizationEventsListSpec } from '../events/event.store';
import { officialFilterReferences, type OfficialsArgs } from '../officials/official.inputs';
import { organizationOfficialsListSpec } from '../officials/official.store';
import { recordFields } from '../sources/source.model';
import { organizationFilterReferences, type OrganizationsArgs } from './organization.inputs';
import { CONTACT_ORDER, ORGANIZATIONS, ORGANIZATION_CONTACTS, SUBDIVISION_ORDER, organizationListSpec } from './organization.store';

const { serviceProfile: _serviceProfile, ...organizationColumns } = tableFields(ORGANIZATIONS);

export const ORGANIZATION_MODELS: TypeModel[] = [
  {
    typename: 'Organization',
    table: 'organizations',
    fields: {
      ...organizationColumns,
      ...recordFields('Organization'),
      // The profile is a jsonb object on the organization's own row; its fields read from there.
      serviceProfile: (scope) => `CASE WHEN jsonb_typeof(${scope.row}.service_profile) = 'object' THEN ${scope.object(scope.row)} END`,
      subdivisions: listField((item, row) => `organizations ${item} WHERE ${item}.parent_id = ${row}.id`, SUBDIVISION_ORDER),
      contacts: listField((item, row) => `organization_contacts ${item} WHERE ${item}.organization_id = ${row}.id`, CONTACT_ORDER),
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
        value((row) => `(${row}.service_profile->>'${flag}')::boolean`),
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
