import { connectionField, firstField, listField, lookupField, tableFields, type TypeModel } from '../../compiler/model';
import { citedSourcesField, recordFields } from '../sources/source.model';
import { recommendationFilterReferences, type RecommendationsArgs } from './recommendation.inputs';
import {
  HISTORY_OF_RECOMMENDATION,
  LATEST_CHANGES_OF_RECOMMENDATION,
  RECOMMENDATIONS,
  RECOMMENDATION_STATUS_CHANGES,
  RESPONSIBLE_ORGANIZATIONS_OF_RECOMMENDATION,
  recommendationListSpec,
} from './recommendation.store';

export const RECOMMENDATION_MODELS: TypeModel[] = [
  {
    typename: 'Recommendation',
    table: 'recommendations',
    fields: {
      ...tableFields(RECOMMENDATIONS),
      ...recordFields('Recommendation'),
      responsibleOrganizations: listField(RESPONSIBLE_ORGANIZATIONS_OF_RECOMMENDATION),
      history: listField(HISTORY_OF_RECOMMENDATION),
      lastStatusChange: firstField(LATEST_CHANGES_OF_RECOMMENDATION),
    },
  },
  {
    typename: 'RecommendationStatusChange',
    fields: { ...tableFields(RECOMMENDATION_STATUS_CHANGES), sources: citedSourcesField('RecommendationStatusChange') },
  },
  {
    typename: 'Query',
    fields: {
      recommendation: lookupField('Recommendation'),
      recommendations: connectionField(
        (args: RecommendationsArgs) => recommendationListSpec(args),
        (args: RecommendationsArgs) => recommendationFilterReferences(args.filter),
      ),
    },
  },
];
