import { GraphQLScalarType, Kind } from 'graphql';
import { isCalendarDate } from '../dates';

function parseDate(value: unknown): string {
  if (typeof value === 'string' && isCalendarDate(value)) return value;
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
