import type { Queryable } from '../sql/db';
import { col, defineTable, type RowOf } from '../sql/table';

/** What a write did to a record (the change feed's and the audit log's `action`). */
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

/**
 * The public change feed: the writes of the audit log without their authors' keys or contents.
 * `txid` is the writing transaction's id; the feed is ordered by it (see `changesPage`).
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
