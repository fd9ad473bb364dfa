import { tableFields, type TypeModel } from '../../compiler/model';
import { citedSourcesField } from '../sources/source.model';
import { INDICATOR_VALUES } from './indicator.store';

export const INDICATOR_MODELS: TypeModel[] = [
  {
    typename: 'IndicatorValue',
    table: 'indicator_values',
    fields: { ...tableFields(INDICATOR_VALUES), sources: citedSourcesField('IndicatorValue') },
  },
];
