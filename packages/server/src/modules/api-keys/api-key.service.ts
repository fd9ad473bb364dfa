import type { ApiKeyRow } from '../../auth/api-key.store';
import { apiKeysPage } from '../../auth/api-key.store';
import { createApiKey, revokeApiKey } from '../../auth/keys';
import type { Context } from '../../context';
import { decodeTypedId } from '../../graphql/global-id';
import { listReferences, recordKeys, requireReferences } from '../../graphql/references';
import type { UserErrorData } from '../../graphql/user-errors';
import type { Page } from '../../sql/pagination';
import { runWrite } from '../../writes/mutation';
import { assertAdmin } from '../../writes/policy';
import { References } from '../../writes/references';
import { UserInputError, Validator } from '../../writes/validation';
import { ORGANIZATIONS } from '../organizations/organization.store';
import { UserErrorCode } from '@qorgau/schema';
import { API_KEYS } from '../../auth/api-key.store';
import type { ApiKeysArgs, CreateApiKeyInput, RevokeApiKeyInput } from './api-key.inputs';

export async function listApiKeys(ctx: Context, args: ApiKeysArgs): Promise<Page<ApiKeyRow>> {
  await requireReferences(ctx, [
    ['filter.organization', 'Organization', args.filter?.organization],
    ...listReferences('filter.organizations', 'Organization', args.filter?.organizations),
  ]);
  const organization = args.filter?.organization;
  return apiKeysPage(
    ctx.db,
    {
      revoked: args.filter?.revoked,
      organizationId: organization ? decodeTypedId(organization, 'Organization', 'filter.organization') : null,
      organizations: recordKeys(args.filter?.organizations, 'Organization', 'filter.organizations'),
    },
    args,
  );
}

export async function createApiKeyFor(
  ctx: Context,
  input: CreateApiKeyInput,
): Promise<{ apiKey: ApiKeyRow | null; key: string | null; userErrors: UserErrorData[] }> {
  const outcome = await runWrite(ctx, 'createApiKey', async (tx, scope) => {
    const v = new Validator();
    const refs = new References(tx, v);
    const organization = refs.optional(['input', 'organization'], ORGANIZATIONS, input.organization);
    await refs.resolve();
    v.throwIfAny();
    return createApiKey(
      tx,
      scope,
      { name: input.name, role: input.role, organizationId: organization?.id ?? null },
      {
        name: ['input', 'name'],
        organization: ['input', 'organization'],
      },
    );
  });
  if (!outcome.ok) return { apiKey: null, key: null, userErrors: outcome.userErrors };
  return { apiKey: outcome.value.row, key: outcome.value.key, userErrors: [] };
}

/** An ADMIN revokes any key; any key may revoke itself (a key that leaked). */
export async function revokeApiKeyFor(
  ctx: Context,
  input: RevokeApiKeyInput,
): Promise<{ apiKey: ApiKeyRow | null; userErrors: UserErrorData[] }> {
  const outcome = await runWrite(ctx, 'revokeApiKey', async (tx, scope) => {
    const v = new Validator();
    const refs = new References(tx, v);
    const key = refs.need(['input', 'id'], API_KEYS, input.id);
    await refs.resolve();
    v.throwIfAny();
    if (key.id !== scope.actor.keyId) assertAdmin(ctx.principal!, 'revoke another key');
    const revoked = await revokeApiKey(tx, scope, key.id);
    if (!revoked) throw new UserInputError([{ field: ['input', 'id'], message: 'no such API key', code: UserErrorCode.NOT_FOUND }]);
    return revoked;
  });
  return outcome.ok ? { apiKey: outcome.value, userErrors: [] } : { apiKey: null, userErrors: outcome.userErrors };
}
