import { connectionField, globalIdField, listField, lookupField, tableFields, value, type TypeModel } from '../../compiler/model';
import type { IndicatorFilter, IndicatorTotalsFilter } from '../indicators/indicator.inputs';
import { INDICATOR_VALUES_ORDER, TOTALS_ORDER, indicatorTotalsOf, indicatorValuesOf } from '../indicators/indicator.store';
import { recordFields } from '../sources/source.model';
import { pilotRegionFilterReferences, type PilotRegionsArgs } from './pilot-region.inputs';
import {
  AREAS_OF_PILOT,
  MEASURES_OF_PILOT,
  PILOT_AREAS,
  PILOT_MEASURES,
  PILOT_REGIONS,
  STATUS_COUNT_ORDER,
  pilotRegionListSpec,
  recommendationCountsOf,
} from './pilot-region.store';

export const PILOT_REGION_MODELS: TypeModel[] = [
  {
    typename: 'PilotRegion',
    table: 'pilot_regions',
    fields: {
      ...tableFields(PILOT_REGIONS),
      ...recordFields('PilotRegion'),
      areas: listField(AREAS_OF_PILOT),
      measures: listField(MEASURES_OF_PILOT),
      indicators: (scope) =>
        scope.list(
          (item) => indicatorValuesOf(scope.row, item, scope.args.filter as IndicatorFilter | null | undefined, scope.params),
          INDICATOR_VALUES_ORDER,
        ),
      indicatorTotals: (scope) =>
        scope.list(
          (item) => indicatorTotalsOf(scope.row, item, scope.args.filter as IndicatorTotalsFilter | null | undefined, scope.params),
          TOTALS_ORDER,
        ),
      recommendationCounts: (scope) => scope.list((item) => recommendationCountsOf(scope.row, item), STATUS_COUNT_ORDER),
    },
  },
  { typename: 'PilotArea', fields: { ...tableFields(PILOT_AREAS), id: globalIdField('PilotArea') } },
  { typename: 'PilotMeasure', fields: { ...tableFields(PILOT_MEASURES), id: globalIdField('PilotMeasure') } },
  {
    typename: 'IndicatorTotal',
    fields: {
      region: (scope) => scope.objectById(`${scope.row}.region_id`),
      indicator: value((row) => `${row}.indicator`),
      kind: value((row) => `${row}.kind`),
      total: value((row) => `${row}.total`),
      valueCount: value((row) => `${row}."valueCount"`),
      exact: value((row) => `${row}.exact`),
    },
  },
  {
    typename: 'RecommendationStatusCount',
    fields: { status: value((row) => `${row}.status`), count: value((row) => `${row}.count`) },
  },
  {
    typename: 'Query',
    fields: {
      pilotRegion: lookupField('PilotRegion'),
      pilotRegions: connectionField(pilotRegionListSpec, (args: PilotRegionsArgs) => pilotRegionFilterReferences(args.filter)),
    },
  },
];
