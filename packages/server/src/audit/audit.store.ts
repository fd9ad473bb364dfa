import type { Db, Queryable } from '../sql/db';
import { SqlParams } from '../sql/fragments';
import { paginate, type Page, type PageArgs } from '../sql/pagination';
import { col, defineTable, type RowOf } from '../sql/table';

export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE';

/** Every write: who, what, before, after, when (admins read it through `auditLog`). */
export const AUDIT_LOG = defineTable('audit_log', {
  id: col.id(),
  occurredAt: col.timestamp('occurred_at'),
  apiKeyId: col.ref('api_key_id', 'ApiKey', { nullable: true }),
  /** The key's name, or `cli:<user>` for an operator's command. */
  actor: col.text('actor'),
  organizationId: col.ref('organization_id', 'Organization', { nullable: true }),
  /** The mutation or command, e.g. `updateRecommendationStatus`. */
  operation: col.text('operation'),
  action: col.enum<AuditAction>('action'),
  recordType: col.text('record_type'),
  recordId: col.id('record_id'),
  before: col.json<Record<string, unknown>, true>('before', { nullable: true }),
  after: col.json<Record<string, unknown>, true>('after', { nullable: true }),
  changedFields: col.textList('changed_fields'),
  requestId: col.text('request_id', { nullable: true }),
});
export type AuditEntryRow = RowOf<typeof AUDIT_LOG>;

/**
 * The public change feed: the writes of the audit log without their authors' keys or contents.
 * `txid` is the writing transaction's id; the feed is ordered by it (see changes.store.ts).
 */
export const RECORD_CHANGES = defineTable('record_changes', {
  id: col.id(),
  txid: col.id('txid'),
  changedAt: col.timestamp('changed_at'),
  recordType: col.text('record_type'),
  recordId: col.id('record_id'),
  action: col.enum<AuditAction>('action'),
  changedFields: col.textList('changed_fields'),
  organizationId: col.ref('organization_id', 'Organization', { nullable: true }),
});
export type ChangeRow = RowOf<typeof RECORD_CHANGES>;

export interface AuditValues {
  apiKeyId: string | null;
  actor: string;
  organizationId: string | null;
  operation: string;
  action: AuditAction;
  recordType: string;
  recordId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changedFields: string[];
  requestId: string | null;
}

export async function insertAuditEntry(tx: Queryable, values: AuditValues): Promise<void> {
  await tx.query(
    `/* insertAuditEntry */ INSERT INTO audit_log
       (api_key_id, actor, organization_id, operation, action, record_type, record_id, before, after, changed_fields, request_id)
     VALUES ($1::bigint, $2, $3::bigint, $4, $5, $6, $7::bigint, $8::jsonb, $9::jsonb, $10::text[], $11)`,
    [
      values.apiKeyId,
      values.actor,
      values.organizationId,
      values.operation,
      values.action,
      values.recordType,
      values.recordId,
      values.before === null ? null : JSON.stringify(values.before),
      values.after === null ? null : JSON.stringify(values.after),
      values.changedFields,
      values.requestId,
    ],
  );
}

export async function insertChange(
  tx: Queryable,
  values: Pick<AuditValues, 'recordType' | 'recordId' | 'action' | 'changedFields' | 'organizationId'>,
): Promise<void> {
  await tx.query(
    `/* insertChange */ INSERT INTO record_changes (record_type, record_id, action, changed_fields, organization_id)
     VALUES ($1, $2::bigint, $3, $4::text[], $5::bigint)`,
    [values.recordType, values.recordId, values.action, values.changedFields, values.organizationId],
  );
}

export interface ChangesFilterValues {
  recordTypes?: readonly string[] | null;
  record?: { type: string; id: string } | null;
  organizationId?: string | null;
  since?: string | null;
}

/**
 * The public change feed, in the order the writes committed. Rows are ordered by their writing
 * transaction's id and shown only once every older transaction has ended (its id is below the
 * oldest one still running): a change committed late cannot appear behind a cursor a client has
 * already passed, so following `after` never misses a change.
 */
export function changesPage(db: Db, filter: ChangesFilterValues, args: PageArgs): Promise<Page<ChangeRow>> {
  const params = new SqlParams();
  const where = ['t.txid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint'];
  if (filter.recordTypes?.length) where.push(`t.record_type = ANY(${params.add(filter.recordTypes)}::text[])`);
  if (filter.record)
    where.push(`t.record_type = ${params.add(filter.record.type)} AND t.record_id = ${params.add(filter.record.id)}::bigint`);
  if (filter.organizationId) where.push(`t.organization_id = ${params.add(filter.organizationId)}::bigint`);
  if (filter.since) where.push(`t.changed_at >= ${params.add(filter.since)}::timestamptz`);
  return paginate<ChangeRow>(
    db,
    {
      select: RECORD_CHANGES.select('t'),
      from: 'record_changes t',
      where,
      params,
      orderKey: 't.txid',
      orderKeyType: 'bigint',
      direction: 'ASC',
    },
    args,
  );
}

export interface AuditFilterValues extends ChangesFilterValues {
  apiKeyId?: string | null;
  operation?: string | null;
}

/** The audit log, newest first. */
export function auditLogPage(db: Db, filter: AuditFilterValues, args: PageArgs): Promise<Page<AuditEntryRow>> {
  const params = new SqlParams();
  const where: string[] = [];
  if (filter.recordTypes?.length) where.push(`t.record_type = ANY(${params.add(filter.recordTypes)}::text[])`);
  if (filter.record)
    where.push(`t.record_type = ${params.add(filter.record.type)} AND t.record_id = ${params.add(filter.record.id)}::bigint`);
  if (filter.organizationId) where.push(`t.organization_id = ${params.add(filter.organizationId)}::bigint`);
  if (filter.apiKeyId) where.push(`t.api_key_id = ${params.add(filter.apiKeyId)}::bigint`);
  if (filter.operation) where.push(`t.operation = ${params.add(filter.operation)}`);
  if (filter.since) where.push(`t.occurred_at >= ${params.add(filter.since)}::timestamptz`);
  return paginate<AuditEntryRow>(
    db,
    { select: AUDIT_LOG.select('t'), from: 'audit_log t', where, params, orderKey: 't.id', orderKeyType: 'bigint', direction: 'DESC' },
    args,
  );
}
