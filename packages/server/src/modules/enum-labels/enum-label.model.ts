import type { Language } from '@qorgau/schema';
import { value, type TypeModel } from '../../compiler/model';
import { enumLabels } from './enum-label.service';
import { LABEL_ORDER, enumLabelsFrom, enumLabelsJson, enumValueLabelsFrom } from './enum-label.store';

export const ENUM_LABEL_MODELS: TypeModel[] = [
  {
    typename: 'Query',
    fields: {
      enumLabels: (scope) => {
        const labels = enumLabels(scope.args.types as string[] | null | undefined, (scope.args.lang as Language | undefined) ?? scope.lang);
        const placeholder = scope.param(enumLabelsJson(labels));
        return scope.list((item) => enumLabelsFrom(placeholder, item), LABEL_ORDER);
      },
    },
  },
  {
    typename: 'EnumLabels',
    fields: {
      type: value((row) => `${row}.type`),
      values: (scope) => scope.list((item) => enumValueLabelsFrom(scope.row, item), LABEL_ORDER),
    },
  },
  { typename: 'EnumValueLabel', fields: { value: value((row) => `${row}.value`), label: value((row) => `${row}.label`) } },
];
