import {
  bucketsField,
  connectionField,
  globalIdField,
  firstField,
  listField,
  lookupField,
  tableFields,
  value,
  type TypeModel,
} from '../../compiler/model';
import { citedSourcesField, recordFields } from '../sources/source.model';
import { recommendationFilterReferences, type RecommendationStatsArgs, type RecommendationsArgs } from './recommendation.inputs';
import {
  HISTORY_OF_RECOMMENDATION,
  LATEST_CHANGES_OF_RECOMMENDATION,
  RECOMMENDATIONS,
  RECOMMENDATION_STATUS_CHANGES,
  RESPONSIBLE_ORGANIZATIONS_OF_RECOMMENDATION,
  recommendationBucketsSql,
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
    fields: {
      ...tableFields(RECOMMENDATION_STATUS_CHANGES),
      id: globalIdField('RecommendationStatusChange'),
      sources: citedSourcesField('RecommendationStatusChange'),
    },
  },
  {
    typename: 'RecommendationBucket',
    fields: {
      count: value((row) => `${row}.count`),
      overdue: value((row) => `${row}.overdue`),
      status: value((row) => `${row}.status`),
      theme: value((row) => `${row}.theme`),
      responsibleOrganization: (scope) => scope.objectById(`${scope.row}."responsibleOrganizationId"`),
      event: (scope) => scope.objectById(`${scope.row}."eventId"`),
      groupedBy: value((row) => `${row}."groupedBy"`),
    },
  },
  {
    typename: 'Query',
    fields: {
      recommendation: lookupField('Recommendation'),
      recommendations: connectionField(
        (args: RecommendationsArgs) => recommendationListSpec(args),
        (args: RecommendationsArgs) => recommendationFilterReferences(args.filter),
      ),
      recommendationStats: bucketsField(recommendationBucketsSql, (args: RecommendationStatsArgs) =>
        recommendationFilterReferences(args.filter),
      ),
    },
  },
];
