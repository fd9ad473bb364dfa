// The labels live in code, not in tables: a statement reads them from one bound JSON value, so that
// an operation asking for them beside records still compiles into one statement.

/** The labels of one enum, in the language asked. */
export interface EnumLabelsRow {
  type: string;
  values: Array<{ value: string; label: string }>;
}

/** The labels as the JSON value bound for `enumLabelsFrom`: each list and label numbered in its order. */
export function enumLabelsJson(labels: readonly EnumLabelsRow[]): string {
  return JSON.stringify(
    labels.map((row, ordinal) => ({ ...row, ordinal, values: row.values.map((label, index) => ({ ...label, ordinal: index })) })),
  );
}

/** A FROM item aliased `item` (type, values, ordinal) over the labels bound to `placeholder` (enumLabelsJson). */
export function enumLabelsFrom(placeholder: string, item: string): string {
  return `jsonb_to_recordset(${placeholder}::jsonb) AS ${item}(type text, values jsonb, ordinal int)`;
}

/** A FROM item aliased `item` (value, label, ordinal) over the values of the labels row aliased `row`. */
export function enumValueLabelsFrom(row: string, item: string): string {
  return `jsonb_to_recordset(${row}.values) AS ${item}(value text, label text, ordinal int)`;
}

/** The order of either, for the rows aliased `item`. */
export const LABEL_ORDER = (item: string) => `${item}.ordinal`;
