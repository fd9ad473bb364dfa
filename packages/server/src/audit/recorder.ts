import type { Queryable } from '../sql/db';
import { insertWrites, type AuditAction } from './audit.store';
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
 * Records writes of records in the audit log and, unless private, in the public change feed:
 * inside the write's transaction, so the write and its records commit together or not at all.
 */
export async function recordWrites(tx: Queryable, scope: WriteScope, writes: readonly RecordedWrite[]): Promise<void> {
  await insertWrites(
    tx,
    {
      apiKeyId: scope.actor.keyId,
      actor: scope.actor.name,
      organizationId: scope.actor.organizationId,
      operation: scope.operation,
      requestId: scope.requestId,
    },
    writes.map((write) => ({
      action: write.action,
      recordType: write.recordType,
      recordId: write.recordId,
      before: write.before,
      after: write.after,
      changedFields: write.action === 'DELETE' ? [] : changedFields(write.before, write.after),
      public: write.public !== false,
    })),
  );
}

/** Records one write of a record (see `recordWrites`). */
export function recordWrite(tx: Queryable, scope: WriteScope, write: RecordedWrite): Promise<void> {
  return recordWrites(tx, scope, [write]);
}
