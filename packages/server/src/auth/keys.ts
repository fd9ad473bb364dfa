import { UserErrorCode } from '@qorgau/schema';
import { snapshotOf, type Snapshot } from '../audit/snapshot';
import { recordWrite, type WriteScope } from '../audit/recorder';
import { UnauthenticatedError } from '../errors';
import type { Queryable } from '../sql/db';
import { Validator, type FieldPath } from '../writes/validation';
import { apiKeyPrefix, generateApiKey, hashApiKey, isWellFormedApiKey } from './api-key-secret';
import { API_KEYS, apiKeyById, findApiKeyByHash, insertApiKey, revokeApiKeyRow, type ApiKeyRow } from './api-key.store';
import type { Principal, Role } from './principal';

/**
 * The principal of a request's `Authorization` header: null without one (reads only). A header
 * that is not `Bearer <key>`, a malformed key, an unknown or a revoked one is refused outright
 * (UNAUTHENTICATED, HTTP 401), for reads too: a typo must not pass for anonymous access.
 */
export async function authenticate(db: Queryable, authorization: string | undefined): Promise<Principal | null> {
  if (authorization === undefined || authorization.trim() === '') return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization.trim());
  if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <API key>".');
  const key = match[1] as string;
  if (!isWellFormedApiKey(key))
    throw new UnauthenticatedError(
      'The API key is malformed: a Qorgau key is "qgk_" followed by its secret and a checksum. Check that it was copied whole.',
    );
  const row = await findApiKeyByHash(db, hashApiKey(key));
  if (!row)
    throw new UnauthenticatedError(
      "The API key is not known to this server. Keys are made for one database, with `pnpm qorgau keys create` (given the server's DATABASE_URL or DATA_DIR) or createApiKey.",
    );
  if (row.revokedAt) throw new UnauthenticatedError(`The API key "${row.name}" was revoked on ${row.revokedAt}.`);
  return { keyId: row.id, name: row.name, role: row.role, organizationId: row.organizationId };
}

export interface NewApiKey {
  name: string | null | undefined;
  role: Role;
  organizationId: string | null;
}

/** The key as the audit log keeps it: never the key or its hash. */
function apiKeySnapshot(row: ApiKeyRow): Snapshot {
  return snapshotOf(API_KEYS, row, ['lastUsedAt']);
}

/**
 * Creates a key and returns it with the one copy of its secret. An EDITOR key needs its
 * organization. `paths` say where the name and organization sit in the caller's input.
 */
export async function createApiKey(
  tx: Queryable,
  scope: WriteScope,
  input: NewApiKey,
  paths: { name: FieldPath; organization: FieldPath },
): Promise<{ row: ApiKeyRow; key: string }> {
  const v = new Validator();
  const name = v.text(paths.name, input.name, { max: 200, required: true });
  if (input.role === 'EDITOR' && !input.organizationId)
    v.add(paths.organization, UserErrorCode.REQUIRED, 'an EDITOR key writes for one organization: name it');
  v.throwIfAny();
  const key = generateApiKey();
  const id = await insertApiKey(tx, {
    name: name as string,
    role: input.role,
    organizationId: input.organizationId,
    prefix: apiKeyPrefix(key),
    keyHash: hashApiKey(key),
    createdByKeyId: scope.actor.keyId,
    createdBy: scope.actor.name,
  });
  const row = (await apiKeyById(tx, id)) as ApiKeyRow;
  await recordWrite(tx, scope, {
    action: 'CREATE',
    recordType: 'ApiKey',
    recordId: id,
    before: null,
    after: apiKeySnapshot(row),
    public: false,
  });
  return { row, key };
}

/** Revokes a key from its next request on; revoking a revoked key changes nothing. Null when there is no such key. */
export async function revokeApiKey(tx: Queryable, scope: WriteScope, id: string): Promise<ApiKeyRow | null> {
  const before = await apiKeyById(tx, id);
  if (!before) return null;
  if (!(await revokeApiKeyRow(tx, id))) return before;
  const after = (await apiKeyById(tx, id)) as ApiKeyRow;
  await recordWrite(tx, scope, {
    action: 'UPDATE',
    recordType: 'ApiKey',
    recordId: id,
    before: apiKeySnapshot(before),
    after: apiKeySnapshot(after),
    public: false,
  });
  return after;
}
