import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Connection, DateTimeScalar } from '../../graphql/types';
import { ChangeAction } from '../changes/change.type';

@ObjectType({ simpleResolvers: true, description: 'A write as the audit log keeps it: who, what, before, after, when (ADMIN only).' })
export class AuditEntry {
  @Field(() => DateTimeScalar, { description: 'When the write was made.' }) occurredAt!: string;
  @Field({ description: 'The mutation or command that wrote, e.g. `updateRecommendationStatus` or `keys create`.' }) operation!: string;
  @Field(() => ChangeAction, { description: 'What the write did to the record.' }) action!: ChangeAction;
  @Field({ description: 'The GraphQL type of the record, e.g. `Event` (or `ApiKey`).' }) recordType!: string;
  @Field({ description: 'Who wrote: the name of the key, or `cli:<user>` for an operator.' }) actor!: string;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record before the write; null for a creation.' }) before!:
    object | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record after the write; null for a deletion.' }) after!:
    object | null;
  @Field(() => [String], { description: 'The fields the write changed.' }) changedFields!: string[];
  @Field(() => String, { nullable: true, description: 'The id of the request that wrote (`x-request-id`).' }) requestId!: string | null;
}

export const AuditEntryConnection = Connection(AuditEntry, 'AuditEntry', 'audit entries');
