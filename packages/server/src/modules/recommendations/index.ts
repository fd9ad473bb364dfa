import { defineFeature } from '../../feature';
import { RECOMMENDATION_MODELS } from './recommendation.model';
import {
  RECOMMENDATIONS,
  RECOMMENDATION_RESPONSIBLE_ORGANIZATIONS,
  RECOMMENDATION_STATUS_CHANGES,
  createRecommendationLoaders,
} from './recommendation.store';
import { RecommendationBucketResolver, RecommendationResolver, RecommendationStatusChangeResolver } from './recommendation.resolver';
import { Recommendation } from './recommendation.type';

export const recommendationsFeature = defineFeature({
  name: 'recommendations',
  resolvers: [RecommendationResolver, RecommendationStatusChangeResolver, RecommendationBucketResolver],
  types: [Recommendation],
  createLoaders: createRecommendationLoaders,
  otherIdTypes: ['RecommendationStatusChange'],
  nodes: [
    {
      typeName: 'Recommendation',
      load: (loaders, id) => loaders.recommendationById.load(id),
      loadBySlug: (loaders, slug) => loaders.recommendationBySlug.load(slug),
    },
  ],
  search: [
    {
      searchType: 'RECOMMENDATION',
      description: 'Recommendations.',
      typeName: 'Recommendation',
      typeClass: Recommendation,
      table: 'recommendations',
    },
  ],
  models: RECOMMENDATION_MODELS,
  tables: [RECOMMENDATIONS, RECOMMENDATION_RESPONSIBLE_ORGANIZATIONS, RECOMMENDATION_STATUS_CHANGES],
});
