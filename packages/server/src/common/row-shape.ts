import { isoTimestamp } from './sql';

/** One output key of a row and the SQL that computes it from a table alias. */
export type ShapeField = readonly [key: string, expression: (alias: string) => string];

/**
 * The shape of the rows a type's loaders return, written once and rendered two ways: as a SELECT
 * list (`columns`), and as one JSON object (`json`) so that a query over another table can return
 * the related row whole, ready to prime that type's loader.
 */
export class RowShape {
  constructor(readonly fields: readonly ShapeField[]) {}

  columns(alias = 't'): string {
    return this.fields.map(([key, expression]) => `${expression(alias)} AS "${key}"`).join(', ');
  }

  json(alias: string): string {
    return `json_build_object(${this.fields.map(([key, expression]) => `'${key}', ${expression(alias)}`).join(', ')})`;
  }
}

/** The columns every registry record has. */
export function recordFields(type: string): ShapeField[] {
  return [
    ['__typename', () => `'${type}'::text`],
    ['id', (a) => `${a}.id::text`],
    ['slug', (a) => `${a}.slug`],
    ['version', (a) => `${a}.version`],
    ['createdAt', (a) => isoTimestamp(`${a}.created_at`)],
    ['updatedAt', (a) => isoTimestamp(`${a}.updated_at`)],
  ];
}
