import { GraphQLScalarType, Kind } from 'graphql';

function parseDate(value: unknown): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value) return value;
  }
  // A plain error: graphql-js then reports it with the offending value's location (which the error
  // formatting turns into the argument's path) and Apollo gives it the BAD_USER_INPUT code.
  throw new TypeError(`Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`);
}

/** A calendar date without time or zone, as the sources give dates: `2017-12-08`. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date without time or time zone, written `YYYY-MM-DD` (ISO 8601), e.g. `2017-12-08`.',
  serialize: (value) => parseDate(value),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
