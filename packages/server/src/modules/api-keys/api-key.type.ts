import { Field, ObjectType } from 'type-graphql';
import { MaxItems } from '../../graphql/max-items';
import { Role } from '../../auth/principal';
import { UserError } from '../../graphql/user-errors';
import { Connection, DateTimeScalar } from '../../graphql/types';

@ObjectType({
  simpleResolvers: true,
  description:
    'An API key: who it is for, its role and when it was used. The key itself is shown once, when it is created, and never stored.',
})
export class ApiKey {
  @Field({ description: 'What the key is for, e.g. "Regional dashboard".' }) name!: string;
  @Field(() => Role, { description: 'What the key may write.' }) role!: Role;
  @Field({ description: 'The first characters of the key (`qgk_Ab12Cd`), to tell keys apart.' }) prefix!: string;
  @Field({ description: 'Who created the key: the name of the key that did, or `cli:<user>` for an operator.' }) createdBy!: string;
  @Field(() => DateTimeScalar, { description: 'When the key was created.' }) createdAt!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the key was last used (to the minute); null if never.' }) lastUsedAt!:
    string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the key was revoked; null while it works.' }) revokedAt!: string | null;
}

export const ApiKeyConnection = Connection(ApiKey, 'ApiKey', 'API keys');

@ObjectType({ simpleResolvers: true, description: 'The API key a request carries.' })
export class Viewer {
  @Field({ description: "The key's name." }) name!: string;
  @Field(() => Role, { description: 'What the key may write.' }) role!: Role;
}

@ObjectType({ simpleResolvers: true, description: 'The result of `createApiKey`.' })
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The new key; null when the input was refused.' }) apiKey!: unknown;
  @Field(() => String, {
    nullable: true,
    description: 'The key itself, to send as "Authorization: Bearer <key>". Shown this once: the registry keeps only its hash.',
  })
  key!: string | null;
  @MaxItems(0)
  @Field(() => [UserError], { description: 'What was wrong with the input; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'The result of `revokeApiKey`.' })
export class RevokeApiKeyPayload {
  @Field(() => ApiKey, { nullable: true, description: 'The key, revoked; null when the input was refused.' }) apiKey!: unknown;
  @MaxItems(0)
  @Field(() => [UserError], { description: 'What was wrong with the input; empty on success.' })
  userErrors!: UserError[];
}
