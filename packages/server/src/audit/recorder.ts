import type { Queryable } from '../sql/db';
import { insertAuditEntry, insertChange, type AuditAction } from './audit.store';
import { changedFields, type Snapshot } from './snapshot';

/** Who writes: an API key, or an operator's command (`keyId` null). */
export interface Actor {
  keyId: string | null;
  name: string;
  organizationId: string | null;
}

/** The author and occasion of the writes of one transaction. */
export interface WriteScope {
  actor: Actor;
  /** The mutation or command, e.g. `createEvent`. */
  operation: string;
  requestId: string | null;
}

export interface RecordedWrite {
  action: AuditAction;
  recordType: string;
  recordId: string;
  before: Snapshot | null;
  after: Snapshot | null;
  /** Whether the public change feed shows the write (API keys are audited but never in the feed). */
  public?: boolean;
}

/**
 * Records one write of a record in the audit log and, unless it is private, in the public change
 * feed: inside the write's transaction, so the write and its records commit together or not at all.
 */
export async function recordWrite(tx: Queryable, scope: WriteScope, write: RecordedWrite): Promise<void> {
  const fields = write.action === 'DELETE' ? [] : changedFields(write.before, write.after);
  await insertAuditEntry(tx, {
    apiKeyId: scope.actor.keyId,
    actor: scope.actor.name,
    organizationId: scope.actor.organizationId,
    operation: scope.operation,
    action: write.action,
    recordType: write.recordType,
    recordId: write.recordId,
    before: write.before,
    after: write.after,
    changedFields: fields,
    requestId: scope.requestId,
  });
  if (write.public === false) return;
  await insertChange(tx, {
    recordType: write.recordType,
    recordId: write.recordId,
    action: write.action,
    changedFields: fields,
    organizationId: scope.actor.organizationId,
  });
}
