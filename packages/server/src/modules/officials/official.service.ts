import type { GraphQLResolveInfo } from 'graphql';
import { recordWrite, type WriteScope } from '../../audit/recorder';
import type { Context } from '../../context';
import { todayDate } from '../../dates';
import type { DeleteRecordInput, LocalizedTextInput } from '../../graphql/inputs';
import { nestedPage } from '../../graphql/nested';
import { requireReferences } from '../../graphql/references';
import type { UserErrorData } from '../../graphql/user-errors';
import type { Queryable } from '../../sql/db';
import type { LocalizedText } from '../../sql/table';
import type { Page } from '../../sql/pagination';
import { runWrite, writtenRecord } from '../../writes/mutation';
import { assertAdmin, assertOwnedBy, assertOwnedOnlyBy } from '../../writes/policy';
import { assertSlugFree, checkVersion, lockRecord, newSlug } from '../../writes/records';
import { References, type Ref } from '../../writes/references';
import { MAX_LENGTH, Validator, type FieldPath } from '../../writes/validation';
import { ORGANIZATIONS } from '../organizations/organization.store';
import { citeSources, deleteRecord, recordSnapshot, sourceRefs, type RecordOrId, deletePartRecords } from '../sources/record.service';
import {
  officialFilterReferences,
  type AppointOfficialInput,
  type CreateOfficialInput,
  type EndPostInput,
  type OfficialsArgs,
  type UpdateOfficialInput,
  type UpdatePostInput,
} from './official.inputs';
import {
  OFFICIALS,
  OFFICIAL_REFERENCES,
  POSTS,
  insertOfficial,
  insertPost,
  officialsPage,
  organizationOfficialsListSpec,
  postOrganizationIds,
  updateOfficialRow,
  updatePostRow,
  type OfficialRow,
  type PostRow,
} from './official.store';
import { OFFICIAL_EDITOR_SCOPE, officialRuleViolation } from './official.errors';

export async function listOfficials(ctx: Context, args: OfficialsArgs): Promise<Page<OfficialRow>> {
  await requireReferences(ctx, officialFilterReferences(args.filter));
  return officialsPage(ctx.db, args);
}

/** `Organization.officials`: one organization's page, loaded with those of the other organizations of the response. */
export async function listOfficialsOfOrganization(
  ctx: Context,
  info: GraphQLResolveInfo,
  organizationId: string,
  args: OfficialsArgs,
): Promise<Page<OfficialRow>> {
  await requireReferences(ctx, officialFilterReferences(args.filter));
  return nestedPage(ctx, info, 'Organization.officials', args, organizationId, () => organizationOfficialsListSpec(args));
}

/**
 * Whether a post is held today, from its dates (the same rule as the `current` filter's SQL): null
 * when no start date is known.
 */
export function isPostCurrent(post: Pick<PostRow, 'startedOn' | 'endedOn'>, today = todayDate()): boolean | null {
  if (post.endedOn && post.endedOn <= today) return false;
  if (!post.startedOn) return null;
  return post.startedOn <= today;
}

type OfficialFields = { fullName?: LocalizedTextInput | null; sourceIds?: string[] | null };

function readOfficialFields(v: Validator, refs: References, input: OfficialFields, path: FieldPath = ['input']) {
  return {
    values: { fullName: v.localized([...path, 'fullName'], input.fullName, { max: MAX_LENGTH.name, required: true }) ?? undefined },
    sources: sourceRefs(refs, v, input.sourceIds),
  };
}

type PostFields = { title?: LocalizedTextInput | null; startedOn?: string | null; endedOn?: string | null; attestedOn?: string | null };

function readPostFields(v: Validator, input: PostFields) {
  return {
    title: v.localized(['input', 'title'], input.title, { max: MAX_LENGTH.name, required: true }) ?? undefined,
    startedOn: input.startedOn,
    endedOn: input.endedOn,
    attestedOn: input.attestedOn,
  };
}

/** A post's dates, merged with its current ones on update, must not end before they start. */
function checkPostDates(v: Validator, startedOn: string | null | undefined, endedOn: string | null | undefined): void {
  if (startedOn && endedOn && endedOn < startedOn) v.reject(['input', 'endedOn'], officialRuleViolation('POST_ENDS_BEFORE_START'));
}

const officialSnapshot = (tx: Queryable, official: RecordOrId<typeof OFFICIALS.columns>) => recordSnapshot(tx, OFFICIALS, official);
const postSnapshot = (tx: Queryable, post: RecordOrId<typeof POSTS.columns>) => recordSnapshot(tx, POSTS, post);

/** Adds an official (a free slug, made from the name when none is given), cites the sources and audits it. */
async function addOfficial(
  tx: Queryable,
  scope: WriteScope,
  v: Validator,
  official: { slugPath: FieldPath; slug: string | null | undefined; fullName: LocalizedText | null | undefined; sources: readonly Ref[] },
): Promise<string> {
  const slug = await newSlug(tx, v, OFFICIALS, official.slugPath, official.slug, official.fullName);
  v.throwIfAny();
  const id = await insertOfficial(tx, { slug, fullName: official.fullName ?? undefined });
  await citeSources(tx, scope, 'Official', id, official.sources);
  await recordWrite(tx, scope, {
    action: 'CREATE',
    recordType: 'Official',
    recordId: id,
    before: null,
    after: await officialSnapshot(tx, id),
  });
  return id;
}

type OfficialPayload = { official: OfficialRow | null; userErrors: UserErrorData[] };
type PostPayload = { post: PostRow | null; userErrors: UserErrorData[] };

export async function createOfficial(ctx: Context, input: CreateOfficialInput): Promise<OfficialPayload> {
  const outcome = await runWrite(ctx, 'createOfficial', async (tx, scope) => {
    assertAdmin(ctx.principal!, 'add officials without a post (an EDITOR uses appointOfficial with newOfficial)');
    const v = new Validator();
    const refs = new References(tx, v);
    const slug = v.slug(['input', 'slug'], input.slug);
    const fields = readOfficialFields(v, refs, input);
    await refs.resolve();
    v.throwIfAny();
    return addOfficial(tx, scope, v, { slugPath: ['input', 'slug'], slug, fullName: fields.values.fullName, sources: fields.sources });
  });
  const { record, userErrors } = await writtenRecord(outcome, (id) => ctx.loaders.officialById.load(id));
  return { official: record, userErrors };
}

/**
 * An ADMIN, or an EDITOR of the one organization the official holds or held posts in: appointing
 * someone to a post in one's organization does not make their record one's own.
 */
export async function updateOfficial(ctx: Context, input: UpdateOfficialInput): Promise<OfficialPayload> {
  const outcome = await runWrite(ctx, 'updateOfficial', async (tx, scope) => {
    const v = new Validator();
    const refs = new References(tx, v);
    const target = refs.need(['input', 'id'], OFFICIALS, input.id);
    const slug = v.changedSlug(['input', 'slug'], input.slug);
    const fields = readOfficialFields(v, refs, input);
    await refs.resolve();
    v.throwIfAny();
    const current = await lockRecord(tx, OFFICIALS, target.id, ['input', 'id']);
    assertOwnedOnlyBy(ctx.principal!, await postOrganizationIds(tx, target.id), OFFICIAL_EDITOR_SCOPE.official);
    checkVersion(target.id, current.version, input.version, ['input', 'version']);
    await assertSlugFree(tx, v, OFFICIALS, slug, target.id);
    v.throwIfAny();
    const before = await officialSnapshot(tx, current);
    await updateOfficialRow(tx, target.id, { ...fields.values, slug: slug ?? undefined });
    await citeSources(tx, scope, 'Official', target.id, fields.sources);
    await recordWrite(tx, scope, {
      action: 'UPDATE',
      recordType: 'Official',
      recordId: target.id,
      before,
      after: await officialSnapshot(tx, target.id),
    });
    return target.id;
  });
  const { record, userErrors } = await writtenRecord(outcome, (id) => ctx.loaders.officialById.load(id));
  return { official: record, userErrors };
}

/** Deletes an official who took part in no event, and their posts (each recorded as deleted). ADMIN only. */
export async function deleteOfficial(
  ctx: Context,
  input: DeleteRecordInput,
): Promise<{ deletedOfficialId: string | null; userErrors: UserErrorData[] }> {
  const { id, userErrors } = await deleteRecord(ctx, 'deleteOfficial', OFFICIALS, input, {
    authorize: (principal) => assertAdmin(principal, 'delete officials'),
    references: OFFICIAL_REFERENCES,
    snapshot: officialSnapshot,
    removeParts: (tx, scope, officialId) => deletePartRecords(tx, scope, POSTS, 'officialId', officialId),
  });
  return { deletedOfficialId: id, userErrors };
}

/**
 * Gives an official a post: an existing official (`official`), or one added with the post
 * (`newOfficial`), so that an EDITOR can record the people of its organization.
 */
export async function appointOfficial(
  ctx: Context,
  input: AppointOfficialInput,
): Promise<{ post: PostRow | null; official: OfficialRow | null; userErrors: UserErrorData[] }> {
  const outcome = await runWrite(ctx, 'appointOfficial', async (tx, scope) => {
    const v = new Validator();
    const refs = new References(tx, v);
    if ((input.official == null) === (input.newOfficial == null)) {
      v.reject(['input', input.official == null ? 'official' : 'newOfficial'], officialRuleViolation('OFFICIAL_OR_NEW_OFFICIAL'));
    }
    const official = refs.optional(['input', 'official'], OFFICIALS, input.official);
    const newOfficial = input.newOfficial
      ? {
          slug: v.slug(['input', 'newOfficial', 'slug'], input.newOfficial.slug),
          fullName: v.localized(['input', 'newOfficial', 'fullName'], input.newOfficial.fullName, { max: MAX_LENGTH.name, required: true }),
        }
      : null;
    const organization = refs.need(['input', 'organization'], ORGANIZATIONS, input.organization);
    const post = readPostFields(v, input);
    const sources = sourceRefs(refs, v, input.sourceIds);
    await refs.resolve();
    v.throwIfAny();
    assertOwnedBy(ctx.principal!, [organization.id], OFFICIAL_EDITOR_SCOPE.post);
    const officialId = newOfficial
      ? await addOfficial(tx, scope, v, { slugPath: ['input', 'newOfficial', 'slug'], ...newOfficial, sources })
      : official?.id;
    const postId = await insertPost(tx, { ...post, officialId: officialId as string, organizationId: organization.id });
    await citeSources(tx, scope, 'Post', postId, sources);
    await recordWrite(tx, scope, {
      action: 'CREATE',
      recordType: 'Post',
      recordId: postId,
      before: null,
      after: await postSnapshot(tx, postId),
    });
    return { postId, officialId: officialId as string };
  });
  if (!outcome.ok) return { post: null, official: null, userErrors: outcome.userErrors };
  const [post, official] = await Promise.all([
    ctx.loaders.postById.load(outcome.value.postId),
    ctx.loaders.officialById.load(outcome.value.officialId),
  ]);
  return { post, official, userErrors: [] };
}

/** Changes a post; shared by `updatePost` and `endPost`. An ADMIN, or an EDITOR of the post's organization. */
async function changePost(
  ctx: Context,
  operation: string,
  input: { id: string; version: number; sourceIds?: string[] | null } & PostFields,
): Promise<PostPayload> {
  const outcome = await runWrite(ctx, operation, async (tx, scope) => {
    const v = new Validator();
    const refs = new References(tx, v);
    const target = refs.need(['input', 'id'], POSTS, input.id);
    const fields = readPostFields(v, input);
    const sources = sourceRefs(refs, v, input.sourceIds);
    await refs.resolve();
    v.throwIfAny();
    const current = await lockRecord(tx, POSTS, target.id, ['input', 'id']);
    assertOwnedBy(ctx.principal!, [current.organizationId], OFFICIAL_EDITOR_SCOPE.post);
    checkVersion(target.id, current.version, input.version, ['input', 'version']);
    checkPostDates(
      v,
      fields.startedOn === undefined ? current.startedOn : fields.startedOn,
      fields.endedOn === undefined ? current.endedOn : fields.endedOn,
    );
    v.throwIfAny();
    const before = await postSnapshot(tx, current);
    await updatePostRow(tx, target.id, fields);
    await citeSources(tx, scope, 'Post', target.id, sources);
    await recordWrite(tx, scope, {
      action: 'UPDATE',
      recordType: 'Post',
      recordId: target.id,
      before,
      after: await postSnapshot(tx, target.id),
    });
    return target.id;
  });
  const { record, userErrors } = await writtenRecord(outcome, (id) => ctx.loaders.postById.load(id));
  return { post: record, userErrors };
}

export function updatePost(ctx: Context, input: UpdatePostInput): Promise<PostPayload> {
  return changePost(ctx, 'updatePost', input);
}

export function endPost(ctx: Context, input: EndPostInput): Promise<PostPayload> {
  return changePost(ctx, 'endPost', input);
}

export async function deletePost(
  ctx: Context,
  input: DeleteRecordInput,
): Promise<{ deletedPostId: string | null; userErrors: UserErrorData[] }> {
  const { id, userErrors } = await deleteRecord(ctx, 'deletePost', POSTS, input, {
    authorize: (principal, post) => assertOwnedBy(principal, [post.organizationId], OFFICIAL_EDITOR_SCOPE.post),
    snapshot: postSnapshot,
  });
  return { deletedPostId: id, userErrors };
}
