import { defineFeature } from '../../feature';
import { ORGANIZATION_MODELS } from './organization.model';
import { ORGANIZATIONS, ORGANIZATION_CONTACTS, createOrganizationLoaders } from './organization.store';
import { ContactResolver, OrganizationResolver, ServiceProfileResolver } from './organization.resolver';
import { Organization } from './organization.type';

export const organizationsFeature = defineFeature({
  name: 'organizations',
  resolvers: [OrganizationResolver, ContactResolver, ServiceProfileResolver],
  types: [Organization],
  createLoaders: createOrganizationLoaders,
  otherIdTypes: ['Contact'],
  nodes: [
    {
      typeName: 'Organization',
      load: (loaders, id) => loaders.organizationById.load(id),
      loadBySlug: (loaders, slug) => loaders.organizationBySlug.load(slug),
    },
  ],
  search: [
    {
      searchType: 'ORGANIZATION',
      description: 'Organizations.',
      typeName: 'Organization',
      typeClass: Organization,
      table: 'organizations',
    },
  ],
  models: ORGANIZATION_MODELS,
  tables: [ORGANIZATIONS, ORGANIZATION_CONTACTS],
});
