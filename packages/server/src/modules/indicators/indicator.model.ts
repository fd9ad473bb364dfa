import { bucketsField, periodField, tableFields, value, type TypeModel } from '../../compiler/model';
import { citedSourcesField } from '../sources/source.model';
import { indicatorStatsFilterReferences, type IndicatorTotalsArgs } from './indicator.inputs';
import { INDICATOR_VALUES, indicatorBucketsSql } from './indicator.store';

export const INDICATOR_MODELS: TypeModel[] = [
  {
    typename: 'IndicatorValue',
    table: 'indicator_values',
    fields: { ...tableFields(INDICATOR_VALUES), sources: citedSourcesField('IndicatorValue') },
  },
  {
    typename: 'IndicatorTotalBucket',
    fields: {
      region: (scope) => scope.objectById(`${scope.row}."regionId"`),
      period: periodField,
      indicator: value((row) => `${row}.indicator`),
      kind: value((row) => `${row}.kind`),
      total: value((row) => `${row}.total`),
      valueCount: value((row) => `${row}."valueCount"`),
      exact: value((row) => `${row}.exact`),
      qualifier: value((row) => `${row}.qualifier`),
      groupedBy: value((row) => `${row}."groupedBy"`),
    },
  },
  {
    typename: 'Query',
    fields: {
      indicatorTotals: bucketsField(indicatorBucketsSql, (args: IndicatorTotalsArgs) => indicatorStatsFilterReferences(args.filter)),
    },
  },
];
