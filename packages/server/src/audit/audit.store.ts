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

/** Who made a transaction's writes, and in which request. */
export interface WriteAuthor {
  apiKeyId: string | null;
  actor: string;
  organizationId: string | null;
  operation: string;
  requestId: string | null;
}

/** One write of one record, as the audit log keeps it; `public` ones also go to the change feed. */
export interface WriteEntry {
  action: AuditAction;
  recordType: string;
  recordId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changedFields: string[];
  public: boolean;
}

/**
 * Writes audit entries (and the public ones' change-feed rows) in one statement, however many
 * records a write touched; the entries are numbered in the order given.
 */
export async function insertWrites(tx: Queryable, author: WriteAuthor, entries: readonly WriteEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.query(
    `/* insertWrites */ WITH entry AS (
       SELECT e.*, ARRAY(SELECT jsonb_array_elements_text(e.changed)) AS changed_fields
       FROM jsonb_to_recordset($1::jsonb) AS e(n int, action text, record_type text, record_id bigint, before jsonb, after jsonb, changed jsonb, public boolean)
     ), audited AS (
       INSERT INTO audit_log (api_key_id, actor, organization_id, operation, action, record_type, record_id, before, after, changed_fields, request_id)
       SELECT $2::bigint, $3, $4::bigint, $5, action, record_type, record_id, before, after, changed_fields, $6 FROM entry ORDER BY n
     )
     INSERT INTO record_changes (record_type, record_id, action, changed_fields, organization_id)
     SELECT record_type, record_id, action, changed_fields, $4::bigint FROM entry WHERE public ORDER BY n`,
    [
      JSON.stringify(
        entries.map((entry, n) => ({
          n,
          action: entry.action,
          record_type: entry.recordType,
          record_id: entry.recordId,
          before: entry.before,
          after: entry.after,
          changed: entry.changedFields,
          public: entry.public,
        })),
      ),
      author.apiKeyId,
      author.actor,
      author.organizationId,
      author.operation,
      author.requestId,
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
