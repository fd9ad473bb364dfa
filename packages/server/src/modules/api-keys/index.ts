import { API_KEYS, createApiKeyLoaders } from '../../auth/api-key.store';
import { defineFeature } from '../../feature';
import { ApiKeyResolver, ViewerResolver } from './api-key.resolver';

export const apiKeysFeature = defineFeature({
  name: 'api-keys',
  resolvers: [ApiKeyResolver, ViewerResolver],
  createLoaders: createApiKeyLoaders,
  otherIdTypes: ['ApiKey'],
  tables: [API_KEYS],
});
