import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserErrorCode } from '@qorgau/schema';

registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: "What was wrong with a mutation's input. The write was refused and nothing was changed.",
  valuesConfig: {
    REQUIRED: { description: 'A required field is missing or empty.' },
    INVALID: { description: "A field's value is malformed, out of range or inconsistent with another field." },
    NOT_FOUND: { description: 'A field refers to a record (by ID or slug) that does not exist.' },
    TAKEN: { description: 'A value that must be unique (a slug) is taken.' },
    CONFLICT: {
      description: 'The record changed since it was read: `version` is not current (see `currentVersion`). Nothing was overwritten.',
    },
  },
});

/** A user error as services raise it; `field` is the path in the mutation's arguments. */
export interface UserErrorData {
  field: string[] | null;
  message: string;
  code: UserErrorCode;
  currentVersion?: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "A problem with a mutation's input: which field, what, and a code. The mutation changed nothing.",
})
export class UserError {
  @Field(() => [String], {
    nullable: true,
    description:
      'The path of the offending field in the arguments, e.g. `["input", "title", "ru"]` or `["input", "organizers", "0", "organization"]`.',
  })
  field!: string[] | null;
  @Field({ description: 'What is wrong, in English.' }) message!: string;
  @Field(() => UserErrorCode, { description: 'What kind of problem it is.' }) code!: UserErrorCode;
  @Field(() => Int, {
    nullable: true,
    description: 'For CONFLICT: the version the record has now. Read it again, reconcile, and send the update with this version.',
  })
  currentVersion!: number | null;
}
