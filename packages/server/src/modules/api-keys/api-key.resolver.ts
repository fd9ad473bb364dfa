import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ApiKeyRow } from '../../auth/api-key.store';
import { Role, type Principal } from '../../auth/principal';
import type { Context } from '../../context';
import { toGlobalId } from '../../graphql/global-id';
import type { Page } from '../../sql/pagination';
import type { OrganizationRow } from '../organizations/organization.store';
import { Organization } from '../organizations/organization.type';
import { ApiKeysArgs, CreateApiKeyInput, RevokeApiKeyInput } from './api-key.inputs';
import { createApiKeyFor, listApiKeys, revokeApiKeyFor } from './api-key.service';
import { ApiKey, ApiKeyConnection, CreateApiKeyPayload, RevokeApiKeyPayload, Viewer } from './api-key.type';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => Viewer, { nullable: true, description: 'The API key this request carries; null for anonymous requests.' })
  viewer(@Ctx() ctx: Context): Principal | null {
    return ctx.principal;
  }

  @Authorized(Role.ADMIN)
  @Query(() => ApiKeyConnection, {
    nullable: true,
    description:
      'Every API key, newest first (ADMIN only: null, with a FORBIDDEN or UNAUTHENTICATED error, for others). Keys themselves are never shown, only their prefixes.',
  })
  apiKeys(@Args() args: ApiKeysArgs, @Ctx() ctx: Context): Promise<Page<ApiKeyRow>> {
    return listApiKeys(ctx, args);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateApiKeyPayload, {
    nullable: true,
    description: 'Creates an API key (ADMIN only); the payload shows the key this once.',
  })
  createApiKey(@Arg('input', { description: 'The new key.' }) input: CreateApiKeyInput, @Ctx() ctx: Context): Promise<CreateApiKeyPayload> {
    return createApiKeyFor(ctx, input) as Promise<CreateApiKeyPayload>;
  }

  @Authorized()
  @Mutation(() => RevokeApiKeyPayload, {
    nullable: true,
    description: 'Revokes an API key: from its next request on it is refused. An ADMIN revokes any key; any key may revoke itself.',
  })
  revokeApiKey(
    @Arg('input', { description: 'The key to revoke.' }) input: RevokeApiKeyInput,
    @Ctx() ctx: Context,
  ): Promise<RevokeApiKeyPayload> {
    return revokeApiKeyFor(ctx, input) as Promise<RevokeApiKeyPayload>;
  }

  @FieldResolver(() => ID, { description: 'The opaque global ID of the key (for `revokeApiKey`).' })
  id(@Root() row: ApiKeyRow): string {
    return toGlobalId('ApiKey', row.id);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization the key writes for.' })
  organization(@Root() row: ApiKeyRow, @Ctx() ctx: Context): Promise<OrganizationRow | null> | null {
    return row.organizationId ? ctx.loaders.organizationById.load(row.organizationId) : null;
  }
}

@Resolver(() => Viewer)
export class ViewerResolver {
  @FieldResolver(() => ID, { description: 'The global ID of the key.' })
  apiKeyId(@Root() principal: Principal): string {
    return toGlobalId('ApiKey', principal.keyId);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organization the key writes for; null for an ADMIN key without one.',
  })
  organization(@Root() principal: Principal, @Ctx() ctx: Context): Promise<OrganizationRow | null> | null {
    return principal.organizationId ? ctx.loaders.organizationById.load(principal.organizationId) : null;
  }
}
