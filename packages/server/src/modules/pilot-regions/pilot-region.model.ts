import { connectionField, listField, lookupField, tableFields, value, type TypeModel } from '../../compiler/model';
import type { IndicatorFilter, IndicatorTotalsFilter } from '../indicators/indicator.inputs';
import {
  INDICATOR_TOTAL_COLUMNS,
  INDICATOR_VALUES_ORDER,
  TOTALS_ORDER,
  indicatorTotalsWhere,
  indicatorValuesWhere,
} from '../indicators/indicator.store';
import { recordFields } from '../sources/source.model';
import { pilotRegionFilterReferences, type PilotRegionsArgs } from './pilot-region.inputs';
import {
  PART_ORDER,
  STATUS_COUNT_ORDER,
  PILOT_AREAS,
  PILOT_MEASURES,
  PILOT_REGIONS,
  pilotRegionListSpec,
  recommendationsInRegion,
} from './pilot-region.store';

export const PILOT_REGION_MODELS: TypeModel[] = [
  {
    typename: 'PilotRegion',
    table: 'pilot_regions',
    fields: {
      ...tableFields(PILOT_REGIONS),
      ...recordFields('PilotRegion'),
      areas: listField((item, row) => `pilot_areas ${item} WHERE ${item}.pilot_region_id = ${row}.id`, PART_ORDER),
      measures: listField((item, row) => `pilot_measures ${item} WHERE ${item}.pilot_region_id = ${row}.id`, PART_ORDER),
      indicators: (scope) => {
        const filter = scope.args.filter as IndicatorFilter | null | undefined;
        return scope.list((item) => {
          const where = [`${item}.pilot_region_id = ${scope.row}.id`, ...indicatorValuesWhere(item, filter, scope.params)];
          return `indicator_values ${item} WHERE ${where.join(' AND ')}`;
        }, INDICATOR_VALUES_ORDER);
      },
      indicatorTotals: (scope) => {
        const where = indicatorTotalsWhere('v', scope.args.filter as IndicatorTotalsFilter | null | undefined, scope.params);
        return scope.list(
          (item) => `(SELECT v.region_id, v.indicator, v.kind, ${INDICATOR_TOTAL_COLUMNS('v')} FROM indicator_values v
            WHERE ${[`v.pilot_region_id = ${scope.row}.id`, ...where].join(' AND ')}
            GROUP BY v.region_id, v.indicator, v.kind) ${item}`,
          TOTALS_ORDER,
        );
      },
      recommendationCounts: (scope) => {
        const { from, where } = recommendationsInRegion(`${scope.row}.region_id`);
        return scope.list(
          (item) => `(SELECT r.status, count(*)::int AS count FROM ${from} WHERE ${where} GROUP BY r.status) ${item}`,
          STATUS_COUNT_ORDER,
        );
      },
    },
  },
  { typename: 'PilotArea', fields: tableFields(PILOT_AREAS) },
  { typename: 'PilotMeasure', fields: tableFields(PILOT_MEASURES) },
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
