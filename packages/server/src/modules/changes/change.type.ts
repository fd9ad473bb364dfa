import { Field, ObjectType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import { Connection, DateTimeScalar } from '../../graphql/types';

export const ChangeAction = defineEnum('ChangeAction', 'What a write did to a record.', {
  CREATE: 'Created it.',
  UPDATE: 'Changed it.',
  DELETE: 'Deleted it.',
});
export type ChangeAction = EnumValue<typeof ChangeAction>;

@ObjectType({
  simpleResolvers: true,
  description: 'A change of a record of the registry: which record, what changed, who made it and when (never the key that made it).',
})
export class Change {
  @Field({ description: 'The GraphQL type of the record, e.g. `Event`.' }) recordType!: string;
  @Field(() => ChangeAction, { description: 'What the write did.' }) action!: ChangeAction;
  @Field(() => [String], { description: 'The fields the write changed (all set fields of a creation; none for a deletion).' })
  changedFields!: string[];
  @Field(() => DateTimeScalar, { description: 'When the change was made.' }) changedAt!: string;
}

export const ChangeConnection = Connection(Change, 'Change', 'changes');
