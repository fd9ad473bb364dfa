import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { Role } from '../../auth/principal';
import { defineEnum, type EnumValue } from '../../graphql/enums';
import { ConnectionArgs, SortDirection } from '../../graphql/types';

@InputType({ description: 'A new API key.' })
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for, e.g. "Regional dashboard" (at most 200 characters).' }) name!: string;
  @Field(() => Role, { description: 'What the key may write.' }) role!: Role;
  @Field(() => ID, {
    nullable: true,
    description: 'The organization the key writes for, by ID or slug: required for an EDITOR, optional for an ADMIN.',
  })
  organization?: string | null;
}

@InputType({ description: 'The key to revoke.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: "The key's ID." }) id!: string;
}

@InputType({ description: 'Narrows the list of API keys.' })
export class ApiKeyFilter {
  @Field(() => Boolean, { nullable: true, description: 'true: only revoked keys; false: only keys that work.' }) revoked?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Only keys of this organization.' }) organization?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Only keys of any of these organizations (by ID or slug).' }) organizations?:
    string[] | null;
}

export const ApiKeyOrderField = defineEnum('ApiKeyOrderField', 'What API keys can be ordered by.', {
  CREATED_AT: 'When the key was made.',
});
export type ApiKeyOrderField = EnumValue<typeof ApiKeyOrderField>;

@InputType({ description: 'The order of a list of API keys.' })
export class ApiKeyOrder {
  @Field(() => ApiKeyOrderField, { description: 'What to order by.' }) field!: ApiKeyOrderField;
  @Field(() => SortDirection, { description: 'The direction.' }) direction!: SortDirection;
}

@ArgsType()
export class ApiKeysArgs extends ConnectionArgs {
  @Field(() => ApiKeyFilter, { nullable: true, description: 'Narrows the list.' }) filter?: ApiKeyFilter | null;
  @Field(() => ApiKeyOrder, { nullable: true, description: 'The order; newest first when omitted.' }) orderBy?: ApiKeyOrder | null;
}
