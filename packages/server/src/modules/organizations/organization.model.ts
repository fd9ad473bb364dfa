import {
  connectionField,
  globalIdField,
  listField,
  locationField,
  lookupField,
  nestedConnectionField,
  tableFields,
  value,
  type TypeModel,
} from '../../compiler/model';
import { eventFilterReferences, type EventsArgs } from '../events/event.inputs';
import { organizationEventsListSpec } from '../events/event.store';
import { officialFilterReferences, type OfficialsArgs } from '../officials/official.inputs';
import { organizationOfficialsListSpec } from '../officials/official.store';
import { recommendationFilterReferences, type RecommendationsArgs } from '../recommendations/recommendation.inputs';
import { organizationRecommendationsListSpec } from '../recommendations/recommendation.store';
import { recordFields } from '../sources/source.model';
import { organizationFilterReferences, type OrganizationsArgs } from './organization.inputs';
import {
  CONTACTS_OF_ORGANIZATION,
  HAS_SERVICE_PROFILE,
  ORGANIZATIONS,
  ORGANIZATION_CONTACTS,
  SERVICE_PROFILE_FLAG,
  SERVICE_PROFILE_FLAGS,
  CRISIS_BED_COUNT,
  OPENING_HOURS,
  SUBDIVISIONS_OF_ORGANIZATION,
  organizationListSpec,
} from './organization.store';

const {
  serviceProfile: _serviceProfile,
  latitude: _latitude,
  longitude: _longitude,
  address: _address,
  ...organizationColumns
} = tableFields(ORGANIZATIONS);

export const ORGANIZATION_MODELS: TypeModel[] = [
  {
    typename: 'Organization',
    table: 'organizations',
    fields: {
      ...organizationColumns,
      ...recordFields('Organization'),
      // The profile is a jsonb object on the organization's own row; its fields read from there.
      serviceProfile: (scope) => `CASE WHEN ${HAS_SERVICE_PROFILE(scope.row)} THEN ${scope.object(scope.row)} END`,
      location: locationField,
      subdivisions: listField(SUBDIVISIONS_OF_ORGANIZATION),
      contacts: listField(CONTACTS_OF_ORGANIZATION),
      officials: nestedConnectionField(organizationOfficialsListSpec, (args: OfficialsArgs) => officialFilterReferences(args.filter)),
      events: nestedConnectionField(organizationEventsListSpec, (args: EventsArgs) => eventFilterReferences(args.filter)),
      recommendations: nestedConnectionField(organizationRecommendationsListSpec, (args: RecommendationsArgs) =>
        recommendationFilterReferences(args.filter),
      ),
    },
  },
  { typename: 'Contact', fields: { ...tableFields(ORGANIZATION_CONTACTS), id: globalIdField('Contact') } },
  {
    typename: 'ServiceProfile',
    fields: {
      ...Object.fromEntries(SERVICE_PROFILE_FLAGS.map((flag) => [flag, value((row) => SERVICE_PROFILE_FLAG(row, flag))])),
      crisisBedCount: value(CRISIS_BED_COUNT),
      openingHours: (scope) => scope.text(OPENING_HOURS(scope.row)),
    },
  },
  {
    typename: 'Query',
    fields: {
      organization: lookupField('Organization'),
      organizations: connectionField(organizationListSpec, (args: OrganizationsArgs) => organizationFilterReferences(args.filter)),
    },
  },
];
