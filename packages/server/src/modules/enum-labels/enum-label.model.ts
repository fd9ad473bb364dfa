import type { Language } from '@qorgau/schema';
import { value, type TypeModel } from '../../compiler/model';
import { enumLabels } from './enum-label.service';

// The labels live in code, not in tables: the statement reads them from one bound JSON value, so
// that an operation asking for them beside records still compiles into one statement.
export const ENUM_LABEL_MODELS: TypeModel[] = [
  {
    typename: 'Query',
    fields: {
      enumLabels: (scope) => {
        const labels = enumLabels(scope.args.types as string[] | null | undefined, (scope.args.lang as Language | undefined) ?? scope.lang);
        const rows = labels.map((row, ordinal) => ({
          ...row,
          ordinal,
          values: row.values.map((label, index) => ({ ...label, ordinal: index })),
        }));
        return scope.list(
          (item) => `jsonb_to_recordset(${scope.param(JSON.stringify(rows))}::jsonb) AS ${item}(type text, values jsonb, ordinal int)`,
          (item) => `${item}.ordinal`,
        );
      },
    },
  },
  {
    typename: 'EnumLabels',
    fields: {
      type: value((row) => `${row}.type`),
      values: (scope) =>
        scope.list(
          (item) => `jsonb_to_recordset(${scope.row}.values) AS ${item}(value text, label text, ordinal int)`,
          (item) => `${item}.ordinal`,
        ),
    },
  },
  { typename: 'EnumValueLabel', fields: { value: value((row) => `${row}.value`), label: value((row) => `${row}.label`) } },
];
