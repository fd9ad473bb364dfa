import { recordWrite } from '../../audit/recorder';
import type { Context } from '../../context';
import type { DeleteRecordInput } from '../../graphql/inputs';
import type { UserErrorData } from '../../graphql/user-errors';
import { updateRow } from '../../sql/table';
import { runWrite, writtenRecord, type WriteOutcome } from '../../writes/mutation';
import { assertAdmin } from '../../writes/policy';
import { assertSlugFree, checkVersion, lockRecord, newSlug } from '../../writes/records';
import { References } from '../../writes/references';
import { MAX_LENGTH, Validator } from '../../writes/validation';
import type { GraphQLResolveInfo } from 'graphql';
import { nodeTypes } from '../../graphql/global-id';
import { nestedPage } from '../../graphql/nested';
import type { Page } from '../../sql/pagination';
import type { CitingRecordsArgs, CreateSourceInput, UpdateSourceInput } from './source.inputs';
import {
  citingRecordsListSpec,
  type CitingRecordRow,
  SOURCES,
  SOURCE_REFERENCES,
  SUBMISSION_SLUG_PREFIX,
  insertSource,
  sourceRow,
  sourceSnapshot,
  type SourceRow,
} from './source.store';
import { sourceRuleViolation } from './source.errors';
import { deleteRecord } from './record.service';

type SourcePayload = { source: SourceRow | null; userErrors: UserErrorData[] };

async function payloadOf(ctx: Context, outcome: WriteOutcome<string>): Promise<SourcePayload> {
  const { record, userErrors } = await writtenRecord(outcome, (id) => ctx.loaders.sourceById.load(id));
  return { source: record, userErrors };
}

/** The fields of a source in an input: all given on create; on update, omitted ones stay and null clears. */
type SourceFields = { [K in keyof CreateSourceInput]?: CreateSourceInput[K] | null };

function validateSource(v: Validator, input: SourceFields) {
  const values = {
    title: v.localized(['input', 'title'], input.title, { max: MAX_LENGTH.name, required: true }) ?? undefined,
    publisher: v.localized(['input', 'publisher'], input.publisher, { max: MAX_LENGTH.name }),
    publishedOn: input.publishedOn,
    url: input.link !== undefined ? v.url(['input', 'link'], input.link) : v.url(['input', 'url'], input.url),
    language: input.language ?? undefined,
    kind: input.kind ?? undefined,
    note: v.localized(['input', 'note'], input.note, { max: MAX_LENGTH.text }),
  };
  if (input.kind === 'API_SUBMISSION') v.reject(['input', 'kind'], sourceRuleViolation('SUBMISSION_KIND'));
  v.notNull(['input', 'language'], input.language);
  v.notNull(['input', 'kind'], input.kind);
  return values;
}

function isReservedSlug(slug: string | null | undefined): boolean {
  return slug?.startsWith(SUBMISSION_SLUG_PREFIX) ?? false;
}

/** The API_SUBMISSION sources' slugs are the API's, so a submission source can always be told by its slug. */
function rejectReservedSlug(v: Validator, slug: string | null | undefined): void {
  if (isReservedSlug(slug)) v.reject(['input', 'slug'], sourceRuleViolation('RESERVED_SLUG'));
}

/** Any key may add a document to cite; changing and deleting sources is an ADMIN's. */
export async function createSource(ctx: Context, input: CreateSourceInput): Promise<SourcePayload> {
  const outcome = await runWrite(ctx, 'createSource', async (tx, scope) => {
    const v = new Validator();
    const values = validateSource(v, input);
    const slug = v.slug(['input', 'slug'], input.slug);
    rejectReservedSlug(v, slug);
    v.throwIfAny();
    let finalSlug = await newSlug(tx, v, SOURCES, ['input', 'slug'], slug, values.title);
    if (isReservedSlug(finalSlug)) {
      finalSlug = await newSlug(tx, v, SOURCES, ['input', 'slug'], null, { en: `source ${finalSlug}` });
    }
    v.throwIfAny();
    const id = await insertSource(tx, { ...values, slug: finalSlug, addedById: scope.actor.organizationId });
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
    const slug = v.changedSlug(['input', 'slug'], input.slug);
    rejectReservedSlug(v, slug);
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

/** Deletes a source that no record cites (ADMIN only). */
export async function deleteSource(
  ctx: Context,
  input: DeleteRecordInput,
): Promise<{ deletedSourceId: string | null; userErrors: UserErrorData[] }> {
  const { id, userErrors } = await deleteRecord(ctx, 'deleteSource', SOURCES, input, {
    authorize: (principal) => assertAdmin(principal, 'delete sources'),
    references: SOURCE_REFERENCES,
    snapshot: async (_tx, source) => sourceSnapshot(source),
  });
  return { deletedSourceId: id, userErrors };
}

/**
 * `Source.records`: the records citing a source, a page of them loaded with those of the other
 * sources of the response, each then read through the request's node loaders (one statement per type).
 */
export async function listRecordsCitingSource(
  ctx: Context,
  info: GraphQLResolveInfo,
  sourceId: string,
  args: CitingRecordsArgs,
): Promise<Page<unknown>> {
  const page = await nestedPage<CitingRecordRow>(ctx, info, 'Source.records', args, sourceId, () =>
    citingRecordsListSpec(args, nodeTypes()),
  );
  const records = await Promise.all(page.edges.map((edge) => ctx.loadNode(edge.node.__typename, edge.node.id)));
  const edges = page.edges.map((edge, index) => ({ cursor: edge.cursor, node: records[index] }));
  return {
    edges,
    nodes: records,
    pageInfo: page.pageInfo,
    get totalCount() {
      return page.totalCount;
    },
  };
}
