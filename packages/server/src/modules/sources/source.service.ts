import type { WriteScope } from '../../audit/recorder';
import { recordWrite } from '../../audit/recorder';
import { snapshotOf, type Snapshot } from '../../audit/snapshot';
import type { Context } from '../../context';
import { toGlobalId } from '../../graphql/global-id';
import type { DeleteRecordInput } from '../../graphql/inputs';
import type { UserErrorData } from '../../graphql/user-errors';
import type { Queryable } from '../../sql/db';
import { deleteRow, selectById, updateRow, type Columns, type Table } from '../../sql/table';
import { runWrite } from '../../writes/mutation';
import { assertAdmin } from '../../writes/policy';
import { assertSlugFree, assertUnreferenced, checkVersion, lockRecord, newSlug } from '../../writes/records';
import { References, type Ref } from '../../writes/references';
import { MAX_LENGTH, Validator, type FieldPath } from '../../writes/validation';
import type { CreateSourceInput, UpdateSourceInput } from './source.inputs';
import {
  SOURCES,
  SOURCE_REFERENCES,
  citedSourceIds,
  insertCitations,
  insertSource,
  insertSubmissionSource,
  sourceRow,
  submissionSourceId,
  type SourceRow,
} from './source.store';
import { sourceRuleViolation } from './source.errors';

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
  if (ids.length === 0 && scope.actor.keyId) {
    let submission = await submissionSourceId(tx, scope.actor.keyId);
    if (!submission) {
      submission = await insertSubmissionSource(tx, scope.actor.keyId);
      const created = (await sourceRow(tx, submission)) as SourceRow;
      await recordWrite(tx, scope, {
        action: 'CREATE',
        recordType: 'Source',
        recordId: submission,
        before: null,
        after: sourceSnapshot(created),
      });
    }
    ids.push(submission);
  }
  await insertCitations(tx, recordType, recordId, ids);
}

/**
 * A record as the audit log and the change feed see it: its row in API terms, `extra` (its parts:
 * organizers, contacts…), and the sources it cites. Null when there is no such record.
 */
export async function recordSnapshot<C extends Columns>(
  tx: Queryable,
  table: Table<C>,
  id: string,
  extra: Snapshot = {},
): Promise<Snapshot | null> {
  const row = await selectById(tx, `snapshot${table.typename}`, table, id);
  if (!row) return null;
  return {
    ...snapshotOf(table, row as Record<string, unknown>),
    ...extra,
    sources: await sourcesSnapshot(tx, table.typename as string, id),
  };
}

/** A record's sources for its snapshot, as global IDs. */
export async function sourcesSnapshot(tx: Queryable, recordType: string, recordId: string): Promise<string[]> {
  return (await citedSourceIds(tx, recordType, recordId)).map((id) => toGlobalId('Source', id));
}

function sourceSnapshot(row: SourceRow): Snapshot {
  return snapshotOf(SOURCES, row);
}

type SourcePayload = { source: SourceRow | null; userErrors: UserErrorData[] };

async function payloadOf(ctx: Context, outcome: Awaited<ReturnType<typeof runWrite<string>>>): Promise<SourcePayload> {
  if (outcome.ok) return { source: await ctx.loaders.sourceById.load(outcome.value), userErrors: [] };
  const source = outcome.currentRecordId ? await ctx.loaders.sourceById.load(outcome.currentRecordId) : null;
  return { source, userErrors: outcome.userErrors };
}

/** The fields of a source in an input: all given on create; on update, omitted ones stay and null clears. */
type SourceFields = { [K in keyof CreateSourceInput]?: CreateSourceInput[K] | null };

function validateSource(v: Validator, input: SourceFields) {
  const values = {
    title: v.localized(['input', 'title'], input.title, { max: MAX_LENGTH.name, required: true }) ?? undefined,
    publisher: v.localized(['input', 'publisher'], input.publisher, { max: MAX_LENGTH.name }),
    publishedOn: input.publishedOn,
    url: v.url(['input', 'url'], input.url),
    language: input.language ?? undefined,
    kind: input.kind ?? undefined,
    note: v.localized(['input', 'note'], input.note, { max: MAX_LENGTH.text }),
  };
  if (input.kind === 'API_SUBMISSION') v.reject(['input', 'kind'], sourceRuleViolation('SUBMISSION_KIND'));
  v.notNull(['input', 'language'], input.language);
  v.notNull(['input', 'kind'], input.kind);
  return values;
}

/** Any key may add a document to cite; changing and deleting sources is an ADMIN's. */
export async function createSource(ctx: Context, input: CreateSourceInput): Promise<SourcePayload> {
  const outcome = await runWrite(ctx, 'createSource', async (tx, scope) => {
    const v = new Validator();
    const values = validateSource(v, input);
    const slug = v.slug(['input', 'slug'], input.slug);
    v.throwIfAny();
    const finalSlug = await newSlug(tx, v, SOURCES, ['input', 'slug'], slug, values.title);
    v.throwIfAny();
    const id = await insertSource(tx, { ...values, slug: finalSlug });
    await recordWrite(tx, scope, {
      action: 'CREATE',
      recordType: 'Source',
      recordId: id,
      before: null,
      after: sourceSnapshot((await sourceRow(tx, id)) as SourceRow),
    });
    return id;
  });
  return payloadOf(ctx, outcome);
}

export async function updateSource(ctx: Context, input: UpdateSourceInput): Promise<SourcePayload> {
  const outcome = await runWrite(ctx, 'updateSource', async (tx, scope) => {
    assertAdmin(ctx.principal!, 'change sources');
    const v = new Validator();
    const refs = new References(tx, v);
    const target = refs.need(['input', 'id'], SOURCES, input.id);
    const values = validateSource(v, input);
    const slug = v.slug(['input', 'slug'], input.slug);
    await refs.resolve();
    v.throwIfAny();
    const before = await lockRecord(tx, SOURCES, target.id, ['input', 'id']);
    if (before.kind === 'API_SUBMISSION') v.reject(['input', 'id'], sourceRuleViolation('SUBMISSION_NOT_EDITABLE'));
    checkVersion(target.id, before.version, input.version, ['input', 'version']);
    await assertSlugFree(tx, v, SOURCES, slug, target.id);
    v.throwIfAny();
    await updateRow(tx, 'updateSource', SOURCES, target.id, { ...values, slug: slug ?? undefined });
    const after = (await sourceRow(tx, target.id)) as SourceRow;
    await recordWrite(tx, scope, {
      action: 'UPDATE',
      recordType: 'Source',
      recordId: target.id,
      before: sourceSnapshot(before),
      after: sourceSnapshot(after),
    });
    return target.id;
  });
  return payloadOf(ctx, outcome);
}

export async function deleteSource(
  ctx: Context,
  input: DeleteRecordInput,
): Promise<{ deletedSourceId: string | null; userErrors: UserErrorData[] }> {
  const outcome = await runWrite(ctx, 'deleteSource', async (tx, scope) => {
    assertAdmin(ctx.principal!, 'delete sources');
    const v = new Validator();
    const refs = new References(tx, v);
    const target = refs.need(['input', 'id'], SOURCES, input.id);
    await refs.resolve();
    v.throwIfAny();
    const before = await lockRecord(tx, SOURCES, target.id, ['input', 'id']);
    checkVersion(target.id, before.version, input.version, ['input', 'version']);
    await assertUnreferenced(tx, target.id, ['input', 'id'], SOURCE_REFERENCES);
    await deleteRow(tx, 'deleteSource', SOURCES, target.id);
    await recordWrite(tx, scope, {
      action: 'DELETE',
      recordType: 'Source',
      recordId: target.id,
      before: sourceSnapshot(before),
      after: null,
    });
    return target.id;
  });
  return outcome.ok
    ? { deletedSourceId: toGlobalId('Source', outcome.value), userErrors: [] }
    : { deletedSourceId: null, userErrors: outcome.userErrors };
}
