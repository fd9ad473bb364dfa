import { Field, ObjectType, type ClassType } from 'type-graphql';
import { MaxItems } from './max-items';
import { UserError, type UserErrorData } from './user-errors';

/** What `@Field` takes as its type: `() => Event`, `() => [Event]`, `() => ID`. */
type ReturnTypeFunc = Extract<Parameters<typeof Field>[0], (...args: never[]) => unknown>;

/** What every mutation's payload carries besides its records. */
export interface PayloadData {
  userErrors: UserErrorData[];
}

/**
 * The payload type of a mutation (`createEvent` → `CreateEventPayload`): the given fields, each
 * nullable (null when the input was refused), and `userErrors`. Built like `Connection`, so that
 * the thirty payloads of the API are declared in one line each and described alike.
 */
export function Payload(
  mutation: string,
  fields: Record<string, { type: ReturnTypeFunc; description: string; maxItems?: number }>,
): ClassType {
  const name = `${mutation.charAt(0).toUpperCase()}${mutation.slice(1)}Payload`;
  const payload = { [name]: class {} }[name] as ClassType;
  for (const [field, { type, description, maxItems }] of Object.entries(fields)) {
    Field(type, { nullable: true, description })(payload.prototype, field);
    if (maxItems !== undefined) MaxItems(maxItems)(payload.prototype, field);
  }
  // Built from the input, not read from the database: it costs nothing.
  MaxItems(0)(payload.prototype, 'userErrors');
  Field(() => [UserError], { description: 'What was wrong with the input, field by field; empty when the mutation succeeded.' })(
    payload.prototype,
    'userErrors',
  );
  ObjectType(name, { simpleResolvers: true, description: `The result of \`${mutation}\`.` })(payload);
  return payload;
}
