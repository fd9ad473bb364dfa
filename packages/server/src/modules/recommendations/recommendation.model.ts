import { connectionField, listField, lookupField, tableFields, type TypeModel } from '../../compiler/model';
import { citedSourcesField, recordFields } from '../sources/source.model';
import { recommendationFilterReferences, type RecommendationsArgs } from './recommendation.inputs';
import {
  HISTORY_ORDER,
  LATEST_CHANGE_FIRST,
  RECOMMENDATIONS,
  RECOMMENDATION_STATUS_CHANGES,
  RESPONSIBLE_ORDER,
  recommendationListSpec,
} from './recommendation.store';

export const RECOMMENDATION_MODELS: TypeModel[] = [
  {
    typename: 'Recommendation',
    table: 'recommendations',
    fields: {
      ...tableFields(RECOMMENDATIONS),
      ...recordFields('Recommendation'),
      responsibleOrganizations: listField(
        (item, row) =>
          `recommendation_responsible_organizations ${item}_r JOIN organizations ${item} ON ${item}.id = ${item}_r.organization_id
           WHERE ${item}_r.recommendation_id = ${row}.id`,
        (item) => RESPONSIBLE_ORDER(`${item}_r`),
      ),
      history: listField((item, row) => `recommendation_status_changes ${item} WHERE ${item}.recommendation_id = ${row}.id`, HISTORY_ORDER),
      lastStatusChange: (scope) => {
        const item = scope.alias();
        return `(SELECT ${scope.object(item)} FROM recommendation_status_changes ${item}
          WHERE ${item}.recommendation_id = ${scope.row}.id ORDER BY ${LATEST_CHANGE_FIRST(item)} LIMIT 1)`;
      },
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
