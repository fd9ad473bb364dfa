import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import { ConnectionArgs, DateTimeScalar, SortDirection } from '../../graphql/types';

@InputType({ description: 'Narrows the audit log; all given conditions must hold.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only writes of this record (its global ID).' }) record?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Only writes of any of these records (by global ID, which deleted records keep).' })
  records?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Only writes of records of these GraphQL types.' }) recordTypes?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'Only writes made with this API key.' }) apiKey?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Only writes made with any of these API keys (by global ID: keys have no slugs).' })
  apiKeys?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'Only writes made by keys of this organization.' }) organization?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Only writes made by keys of any of these organizations (by ID or slug).' })
  organizations?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Only writes of this mutation or command.' }) operation?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Only writes made at or after this time.' }) since?: string | null;
}

export const AuditLogOrderField = defineEnum('AuditLogOrderField', 'What the audit log can be ordered by.', {
  OCCURRED_AT: 'When the write was made (the order writes were recorded in).',
});
export type AuditLogOrderField = EnumValue<typeof AuditLogOrderField>;

@InputType({ description: 'The order of the audit log.' })
export class AuditLogOrder {
  @Field(() => AuditLogOrderField, { description: 'What to order by.' }) field!: AuditLogOrderField;
  @Field(() => SortDirection, { description: 'The direction.' }) direction!: SortDirection;
}

@ArgsType()
export class AuditLogArgs extends ConnectionArgs {
  @Field(() => AuditLogFilter, { nullable: true, description: 'Narrows the list.' }) filter?: AuditLogFilter | null;
  @Field(() => AuditLogOrder, { nullable: true, description: 'The order; newest first when omitted.' }) orderBy?: AuditLogOrder | null;
}
