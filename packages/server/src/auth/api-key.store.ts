import type { Db, Queryable } from '../sql/db';
import { SqlParams, recordIdsSql, type RecordKey } from '../sql/fragments';
import { rowsById } from '../sql/loaders';
import { paginate, type Page, type PageArgs } from '../sql/pagination';
import { col, defineTable, insertRow, selectById, type RowOf } from '../sql/table';
import type { Role } from './principal';

/** API keys, stored as a hash: the key itself is shown once, to whoever created it. */
export const API_KEYS = defineTable('api_keys', {
  __typename: col.typename('ApiKey'),
  id: col.id(),
  name: col.text('name'),
  role: col.enum<Role>('role'),
  organizationId: col.ref('organization_id', 'Organization', { nullable: true }),
  /** The key's first characters (`qgk_Ab12Cd`), to tell keys apart in lists. */
  prefix: col.text('prefix'),
  keyHash: col.hash('key_hash'),
  createdByKeyId: col.ref('created_by_key_id', 'ApiKey', { nullable: true }),
  createdBy: col.text('created_by'),
  createdAt: col.timestamp('created_at'),
  lastUsedAt: col.timestamp('last_used_at', { nullable: true }),
  revokedAt: col.timestamp('revoked_at', { nullable: true }),
});
export type ApiKeyRow = RowOf<typeof API_KEYS>;

export interface ApiKeyValues {
  name: string;
  role: Role;
  organizationId: string | null;
  prefix: string;
  keyHash: Buffer;
  createdByKeyId: string | null;
  createdBy: string;
}

export function insertApiKey(tx: Queryable, values: ApiKeyValues): Promise<string> {
  return insertRow(tx, 'insertApiKey', API_KEYS, values);
}

export function apiKeyById(tx: Queryable, id: string): Promise<ApiKeyRow | null> {
  return selectById(tx, 'apiKeyById', API_KEYS, id);
}

/**
 * The key with this hash, revoked or not; marks it used, at most once a minute so that a busy
 * client does not turn every read into a write. One statement per authenticated request.
 */
export async function findApiKeyByHash(db: Queryable, keyHash: Buffer): Promise<ApiKeyRow | null> {
  const rows = await db.query<ApiKeyRow>(
    `/* authenticateApiKey */ WITH found AS (SELECT * FROM api_keys WHERE key_hash = $1),
       touched AS (
         UPDATE api_keys k SET last_used_at = now() FROM found
         WHERE k.id = found.id AND found.revoked_at IS NULL
           AND (found.last_used_at IS NULL OR found.last_used_at < now() - interval '1 minute')
         RETURNING k.id)
     SELECT ${API_KEYS.select('t')} FROM found t`,
    [keyHash],
  );
  return rows[0] ?? null;
}

/** Revokes a key that is not revoked yet; returns whether it was. */
export async function revokeApiKeyRow(tx: Queryable, id: string): Promise<boolean> {
  const rows = await tx.query(
    `/* revokeApiKey */ UPDATE api_keys SET revoked_at = now() WHERE id = $1::bigint AND revoked_at IS NULL RETURNING id`,
    [id],
  );
  return rows.length === 1;
}

export interface ApiKeysFilterValues {
  revoked?: boolean | null;
  organizationId?: string | null;
  /** Any of these organizations, by id or slug (none given: no condition). */
  organizations?: readonly RecordKey[];
}

export function apiKeysPage(
  db: Db,
  filter: ApiKeysFilterValues,
  args: PageArgs & { orderBy?: { direction: 'ASC' | 'DESC' } | null },
): Promise<Page<ApiKeyRow>> {
  const params = new SqlParams();
  const where: string[] = [];
  if (filter.revoked != null) where.push(filter.revoked ? 't.revoked_at IS NOT NULL' : 't.revoked_at IS NULL');
  if (filter.organizationId) where.push(`t.organization_id = ${params.add(filter.organizationId)}::bigint`);
  if (filter.organizations?.length) where.push(`t.organization_id IN ${recordIdsSql('organizations', filter.organizations, params)}`);
  return paginate<ApiKeyRow>(
    db,
    {
      select: API_KEYS.select('t'),
      from: 'api_keys t',
      where,
      params,
      orderKey: 't.created_at',
      orderKeyType: 'timestamptz',
      direction: args.orderBy?.direction ?? 'DESC',
    },
    args,
  );
}

/** Every key, newest first, for the command line (`keys list`). */
export function allApiKeys(db: Queryable): Promise<Array<ApiKeyRow & { organizationSlug: string | null }>> {
  return db.query(
    `/* allApiKeys */ SELECT ${API_KEYS.select('t')}, o.slug AS "organizationSlug"
     FROM api_keys t LEFT JOIN organizations o ON o.id = t.organization_id ORDER BY t.created_at DESC, t.id DESC`,
  );
}

// Created per request: loaders must not outlive the operation.
export function createApiKeyLoaders(db: Db) {
  return { apiKeyById: rowsById(db, 'apiKeysByIds', API_KEYS) };
}
