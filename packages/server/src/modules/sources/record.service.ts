import type { WriteScope } from '../../audit/recorder';
import { recordWrite, recordWrites } from '../../audit/recorder';
import { snapshotOf, type Snapshot } from '../../audit/snapshot';
import type { Principal } from '../../auth/principal';
import type { Context } from '../../context';
import { toGlobalId } from '../../graphql/global-id';
import type { DeleteRecordInput } from '../../graphql/inputs';
import type { UserErrorData } from '../../graphql/user-errors';
import type { Queryable, Tx } from '../../sql/db';
import { deleteRow, deleteRowsOf, selectById, type Columns, type RowOf, type Table } from '../../sql/table';
import { deletedRecord, runWrite } from '../../writes/mutation';
import { assertUnreferenced, checkVersion, lockRecord } from '../../writes/records';
import { References, type Ref } from '../../writes/references';
import { Validator, type FieldPath } from '../../writes/validation';
import {
  SOURCES,
  citedSourceIds,
  deleteCitations,
  insertCitations,
  insertSubmissionSource,
  sourceRow,
  sourceSnapshot,
  submissionSourceId,
  type SourceRow,
} from './source.store';

// What every record's writes share beside their own rules: the sources they cite (provenance), the
// snapshot the audit log keeps, and deletion. Records are this feature's concern because a record
// is what cites sources.

/** At most this many sources per write. */
const MAX_SOURCES = 20;

/** The sources a write cites (`sourceIds`: IDs or slugs), to resolve with the write's other references. */
export function sourceRefs(
  refs: References,
  v: Validator,
  sourceIds: readonly string[] | null | undefined,
  path: FieldPath = ['input', 'sourceIds'],
): Ref[] {
  v.maxItems(path, sourceIds, MAX_SOURCES);
  return (sourceIds ?? []).map((value, index) => refs.need([...path, index], SOURCES, value));
}

/** The API_SUBMISSION source each transaction's key cites, once looked up (a write may cite it for many records). */
const submissionSources = new WeakMap<WriteScope, string>();

/** The key's API_SUBMISSION source, made (and audited) on the key's first write that cites no source. */
async function submissionSourceOf(tx: Queryable, scope: WriteScope, keyId: string): Promise<string> {
  const known = submissionSources.get(scope) ?? (await submissionSourceId(tx, keyId));
  if (known) {
    submissionSources.set(scope, known);
    return known;
  }
  const made = await insertSubmissionSource(tx, keyId);
  if (made.inserted) {
    const created = (await sourceRow(tx, made.id)) as SourceRow;
    await recordWrite(tx, scope, {
      action: 'CREATE',
      recordType: 'Source',
      recordId: made.id,
      before: null,
      after: sourceSnapshot(created),
    });
  }
  submissionSources.set(scope, made.id);
  return made.id;
}

/**
 * Every write keeps its provenance: the record cites the sources the write gave, or, when it gave
 * none, the API_SUBMISSION source of the key that wrote it (made on the key's first such write).
 */
export async function citeSources(
  tx: Queryable,
  scope: WriteScope,
  recordType: string,
  recordId: string,
  sources: readonly Ref[],
): Promise<void> {
  const ids = sources.map((ref) => ref.id);
  if (ids.length === 0 && scope.actor.keyId) ids.push(await submissionSourceOf(tx, scope, scope.actor.keyId));
  await insertCitations(tx, recordType, recordId, ids);
}

/**
 * A record as the audit log and the change feed see it: its row in API terms, `extra` (its parts:
 * organizers, contacts…), and the sources it cites. `record` is its row when the write holds it
 * already (the row it locked), else its id. Null when there is no such record.
 */
export async function recordSnapshot<C extends Columns>(
  tx: Queryable,
  table: Table<C>,
  record: RecordOrId<C>,
  extra: Snapshot = {},
): Promise<Snapshot | null> {
  const row = typeof record === 'string' ? await selectById(tx, `snapshot${table.typename}`, table, record) : record;
  if (!row) return null;
  return {
    ...snapshotOf(table, row as Record<string, unknown>),
    ...extra,
    sources: await sourcesSnapshot(tx, table.typename as string, idOf(row as { id: string })),
  };
}

/** A record's row, or its id when the write does not hold the row. */
export type RecordOrId<C extends Columns> = string | RowOf<Table<C>>;

/** The database id of a record given by row or id. */
export function idOf(record: string | { id: unknown }): string {
  return typeof record === 'string' ? record : String(record.id);
}

/** A record's sources for its snapshot, as global IDs. */
export async function sourcesSnapshot(tx: Queryable, recordType: string, recordId: string): Promise<string[]> {
  return ((await citedSourceIds(tx, recordType, [recordId])).get(recordId) ?? []).map((id) => toGlobalId('Source', id));
}

/**
 * Deletes records whose snapshots the write holds: their rows (unless already deleted), their
 * citations, and an audit entry each, in a fixed number of statements however many there are.
 */
async function deleteAudited(
  tx: Queryable,
  scope: WriteScope,
  recordType: string,
  deleted: ReadonlyArray<{ id: string; before: Snapshot | null }>,
): Promise<void> {
  if (deleted.length === 0) return;
  await deleteCitations(
    tx,
    recordType,
    deleted.map((record) => record.id),
  );
  await recordWrites(
    tx,
    scope,
    deleted.map((record) => ({ action: 'DELETE', recordType, recordId: record.id, before: record.before, after: null })),
  );
}

/**
 * Deletes the parts of a record that are records of their own (an official's posts, a pilot's
 * figures), each audited with its snapshot, in a fixed number of statements.
 */
export async function deletePartRecords<C extends Columns>(
  tx: Queryable,
  scope: WriteScope,
  table: Table<C>,
  parentColumn: keyof C & string,
  parentId: string,
): Promise<void> {
  const recordType = table.typename as string;
  const rows = await deleteRowsOf(tx, `delete${recordType}s`, table, parentColumn, parentId);
  const ids = rows.map((row) => idOf(row as { id: string }));
  const cited = await citedSourceIds(tx, recordType, ids);
  await deleteAudited(
    tx,
    scope,
    recordType,
    rows.map((row, index) => ({
      id: ids[index] as string,
      before: {
        ...snapshotOf(table, row as Record<string, unknown>),
        sources: (cited.get(ids[index] as string) ?? []).map((id) => toGlobalId('Source', id)),
      },
    })),
  );
}

/** How one record type is deleted: who may, what keeps it, what goes with it. */
export interface DeleteRules<C extends Columns> {
  /** Throws FORBIDDEN unless the principal may delete this record (ADMIN, or an EDITOR of an owner). */
  authorize(principal: Principal, current: RowOf<Table<C>>, tx: Queryable): Promise<void> | void;
  /** References that keep the record (events of a region): each is counted, and any refuses the delete. */
  references?: ReadonlyArray<{ sql: string; what: string }>;
  /** The record's snapshot for the audit log, from its locked row. */
  snapshot(tx: Queryable, current: RowOf<Table<C>>): Promise<Snapshot | null>;
  /** Deletes, before the record, its parts that are records of their own (each audited). */
  removeParts?(tx: Tx, scope: WriteScope, id: string): Promise<void>;
}

/**
 * Deletes one record in one transaction: the record named by ID or slug, locked; who may; the
 * version last read; nothing referring to it; its parts; the row and its citations; the audit
 * entry. Returns the global ID the record had.
 */
export async function deleteRecord<C extends Columns>(
  ctx: Context,
  operation: string,
  table: Table<C>,
  input: DeleteRecordInput,
  rules: DeleteRules<C>,
): Promise<{ id: string | null; userErrors: UserErrorData[] }> {
  const typeName = table.typename as string;
  const outcome = await runWrite(ctx, operation, async (tx, scope) => {
    const v = new Validator();
    const refs = new References(tx, v);
    const target = refs.need(['input', 'id'], table, input.id);
    await refs.resolve();
    v.throwIfAny();
    const current = await lockRecord(tx, table, target.id, ['input', 'id'], 'delete');
    await rules.authorize(ctx.principal!, current, tx);
    checkVersion(target.id, (current as { version: number }).version, input.version, ['input', 'version']);
    if (rules.references) await assertUnreferenced(tx, target.id, ['input', 'id'], rules.references);
    const before = await rules.snapshot(tx, current);
    await rules.removeParts?.(tx, scope, target.id);
    await deleteRow(tx, `delete${typeName}`, table, target.id);
    await deleteAudited(tx, scope, typeName, [{ id: target.id, before }]);
    return target.id;
  });
  return deletedRecord(outcome, typeName);
}
