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

/** Whether `value` is an absolute http or https URL. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function parseUrl(value: unknown): string {
  if (typeof value === 'string' && value.length <= 2000 && isHttpUrl(value)) return value;
  throw new TypeError(`URL must be an absolute http or https address, got ${JSON.stringify(value)}`);
}

/** A link: an absolute http or https URL, as text, exactly as stored (not normalized). */
export const URLScalar = new GraphQLScalarType<string, string>({
  name: 'URL',
  description: 'An absolute http or https address (RFC 3986), as text, e.g. `https://www.gov.kz/`.',
  serialize: (value) => String(value),
  parseValue: (value) => parseUrl(value),
  parseLiteral: (ast) => parseUrl(ast.kind === Kind.STRING ? ast.value : undefined),
});
