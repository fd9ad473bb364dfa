import type { GraphQLResolveInfo } from 'graphql';
import { recordWrite } from '../../audit/recorder';
import type { Context } from '../../context';
import { todayDate } from '../../dates';
import type { DeleteRecordInput } from '../../graphql/inputs';
import { nestedPage } from '../../graphql/nested';
import { requireReferences } from '../../graphql/references';
import type { UserErrorData } from '../../graphql/user-errors';
import type { Queryable } from '../../sql/db';
import type { Page } from '../../sql/pagination';
import { runWrite, writtenRecord } from '../../writes/mutation';
import { assertAdmin, assertOwnedBy } from '../../writes/policy';
import { assertSlugFree, checkVersion, lockRecord, newSlug } from '../../writes/records';
import { References, type Ref } from '../../writes/references';
import { MAX_LENGTH, Validator } from '../../writes/validation';
import { assertBucketCount } from '../../sql/grouping';
import { EVENTS } from '../events/event.store';
import { ORGANIZATIONS, type OrganizationRow } from '../organizations/organization.store';
import { citeSources, deleteRecord, recordSnapshot, sourceRefs, idOf, type RecordOrId } from '../sources/record.service';
import {
  recommendationFilterReferences,
  type CreateRecommendationInput,
  type RecommendationStatsArgs,
  type RecommendationsArgs,
  type UpdateRecommendationInput,
  type UpdateRecommendationStatusInput,
} from './recommendation.inputs';
import {
  RECOMMENDATIONS,
  deleteStatusChangeCitations,
  eventRecommendationsListSpec,
  insertRecommendation,
  insertStatusChange,
  nextPosition,
  organizationRecommendationsListSpec,
  recommendationBuckets,
  recommendationParts,
  recommendationsPage,
  replaceResponsibleOrganizations,
  responsibleOrganizationIdsOf,
  updateRecommendationRow,
  type RecommendationBucketRow,
  type RecommendationRow,
} from './recommendation.store';
import { MAX_POSITION, RECOMMENDATION_EDITOR_SCOPE, recommendationRuleViolation } from './recommendation.errors';

export async function listRecommendations(ctx: Context, args: RecommendationsArgs): Promise<Page<RecommendationRow>> {
  await requireReferences(ctx, recommendationFilterReferences(args.filter));
  return recommendationsPage(ctx.db, args);
}

/** `recommendationStats`: the buckets of the recommendations a filter selects. */
export async function recommendationStats(ctx: Context, args: RecommendationStatsArgs): Promise<RecommendationBucketRow[]> {
  await requireReferences(ctx, recommendationFilterReferences(args.filter));
  const buckets = await recommendationBuckets(ctx.db, args);
  assertBucketCount(buckets);
  return buckets;
}

/** `Event.recommendations`: one event's page, loaded with those of the other events of the response. */
export async function listRecommendationsOfEvent(
  ctx: Context,
  info: GraphQLResolveInfo,
  eventId: string,
  args: RecommendationsArgs,
): Promise<Page<RecommendationRow>> {
  await requireReferences(ctx, recommendationFilterReferences(args.filter));
  return nestedPage(ctx, info, 'Event.recommendations', args, eventId, () => eventRecommendationsListSpec(args));
}

/** `Organization.recommendations`: those it is responsible for, batched like `listRecommendationsOfEvent`. */
export async function listRecommendationsOfOrganization(
  ctx: Context,
  info: GraphQLResolveInfo,
  organizationId: string,
  args: RecommendationsArgs,
): Promise<Page<RecommendationRow>> {
  await requireReferences(ctx, recommendationFilterReferences(args.filter));
  return nestedPage(ctx, info, 'Organization.recommendations', args, organizationId, () => organizationRecommendationsListSpec(args));
}

/** The organizations responsible for a recommendation, in the order of their ids. */
export function responsibleOrganizations(ctx: Context, recommendationId: string): Promise<OrganizationRow[]> {
  return ctx.loaders.responsibleOrganizationsByRecommendationId.load(recommendationId);
}

type RecommendationFields = { [K in keyof CreateRecommendationInput]?: CreateRecommendationInput[K] | null };

const MAX_RESPONSIBLE = 50;

function readRecommendationFields(v: Validator, refs: References, input: RecommendationFields) {
  for (const field of ['event', 'theme', 'status'] as const) v.notNull(['input', field], input[field]);
  if (input.position != null && (input.position < 0 || input.position > MAX_POSITION)) {
    v.reject(['input', 'position'], recommendationRuleViolation('POSITION_OUT_OF_RANGE'));
  }
  v.maxItems(['input', 'responsibleOrganizations'], input.responsibleOrganizations, MAX_RESPONSIBLE);
  const responsible =
    input.responsibleOrganizations === undefined
      ? undefined
      : (input.responsibleOrganizations ?? []).map((value, index) =>
          refs.need(['input', 'responsibleOrganizations', index], ORGANIZATIONS, value),
        );
  return {
    values: {
      text: v.localized(['input', 'text'], input.text, { max: MAX_LENGTH.text, required: true }) ?? undefined,
      theme: input.theme ?? undefined,
      dueOn: input.dueOn,
      position: input.position ?? undefined,
    },
    event: input.event == null ? undefined : refs.need(['input', 'event'], EVENTS, input.event),
    responsible,
    sources: sourceRefs(refs, v, input.sourceIds),
  };
}

function checkResponsible(v: Validator, responsible: readonly Ref[] | undefined): void {
  v.unique(
    responsible,
    (ref) => ref.id,
    (index) => ['input', 'responsibleOrganizations', index],
    recommendationRuleViolation('RESPONSIBLE_TWICE'),
  );
}

async function recommendationSnapshot(tx: Queryable, recommendation: RecordOrId<typeof RECOMMENDATIONS.columns>) {
  return recordSnapshot(tx, RECOMMENDATIONS, recommendation, await recommendationParts(tx, idOf(recommendation)));
}

type RecommendationPayload = { recommendation: RecommendationRow | null; userErrors: UserErrorData[] };

export async function createRecommendation(ctx: Context, input: CreateRecommendationInput): Promise<RecommendationPayload> {
  const outcome = await runWrite(ctx, 'createRecommendation', async (tx, scope) => {
    assertAdmin(ctx.principal!, 'add recommendations');
    const v = new Validator();
    const refs = new References(tx, v);
    const slug = v.slug(['input', 'slug'], input.slug);
    const fields = readRecommendationFields(v, refs, input);
    await refs.resolve();
    checkResponsible(v, fields.responsible);
    v.throwIfAny();
    const eventId = (fields.event as Ref).id;
    const finalSlug = await newSlug(tx, v, RECOMMENDATIONS, ['input', 'slug'], slug, fields.values.text);
    v.throwIfAny();
    const status = input.status ?? 'ADOPTED';
    const id = await insertRecommendation(tx, {
      ...fields.values,
      slug: finalSlug,
      eventId,
      status,
      position: fields.values.position ?? (await nextPosition(tx, eventId)),
    });
    await replaceResponsibleOrganizations(
      tx,
      id,
      (fields.responsible ?? []).map((ref) => ref.id),
    );
    await insertStatusChange(tx, {
      recommendationId: id,
      fromStatus: null,
      toStatus: status,
      changedOn: todayDate(),
      note: null,
      apiKeyId: scope.actor.keyId,
      changedBy: null,
    });
    await citeSources(tx, scope, 'Recommendation', id, fields.sources);
    await recordWrite(tx, scope, {
      action: 'CREATE',
      recordType: 'Recommendation',
      recordId: id,
      before: null,
      after: await recommendationSnapshot(tx, id),
    });
    return id;
  });
  const { record, userErrors } = await writtenRecord(outcome, (id) => ctx.loaders.recommendationById.load(id));
  return { recommendation: record, userErrors };
}

export async function updateRecommendation(ctx: Context, input: UpdateRecommendationInput): Promise<RecommendationPayload> {
  const outcome = await runWrite(ctx, 'updateRecommendation', async (tx, scope) => {
    assertAdmin(ctx.principal!, 'change recommendations (an EDITOR of a responsible organization changes their status)');
    const v = new Validator();
    const refs = new References(tx, v);
    const target = refs.need(['input', 'id'], RECOMMENDATIONS, input.id);
    const slug = v.changedSlug(['input', 'slug'], input.slug);
    const fields = readRecommendationFields(v, refs, input);
    await refs.resolve();
    checkResponsible(v, fields.responsible);
    v.throwIfAny();
    const current = await lockRecord(tx, RECOMMENDATIONS, target.id, ['input', 'id']);
    checkVersion(target.id, current.version, input.version, ['input', 'version']);
    await assertSlugFree(tx, v, RECOMMENDATIONS, slug, target.id);
    v.throwIfAny();
    const before = await recommendationSnapshot(tx, current);
    await updateRecommendationRow(tx, target.id, { ...fields.values, slug: slug ?? undefined, eventId: fields.event?.id });
    if (fields.responsible)
      await replaceResponsibleOrganizations(
        tx,
        target.id,
        fields.responsible.map((ref) => ref.id),
      );
    await citeSources(tx, scope, 'Recommendation', target.id, fields.sources);
    await recordWrite(tx, scope, {
      action: 'UPDATE',
      recordType: 'Recommendation',
      recordId: target.id,
      before,
      after: await recommendationSnapshot(tx, target.id),
    });
    return target.id;
  });
  const { record, userErrors } = await writtenRecord(outcome, (id) => ctx.loaders.recommendationById.load(id));
  return { recommendation: record, userErrors };
}

/**
 * Moves a recommendation to a new status and appends the change to its history: who (the key and
 * its organization), when, a note and its evidence (the sources given, else the key's submission).
 * An ADMIN, or an EDITOR of an organization responsible for the recommendation.
 */
export async function updateRecommendationStatus(ctx: Context, input: UpdateRecommendationStatusInput): Promise<RecommendationPayload> {
  const outcome = await runWrite(ctx, 'updateRecommendationStatus', async (tx, scope) => {
    const v = new Validator();
    const refs = new References(tx, v);
    const target = refs.need(['input', 'id'], RECOMMENDATIONS, input.id);
    const note = v.localized(['input', 'note'], input.note, { max: MAX_LENGTH.text }) ?? null;
    const changedOn = input.changedOn ?? todayDate();
    if (changedOn > todayDate()) v.reject(['input', 'changedOn'], recommendationRuleViolation('CHANGED_IN_FUTURE'));
    const sources = sourceRefs(refs, v, input.sourceIds);
    await refs.resolve();
    v.throwIfAny();
    const current = await lockRecord(tx, RECOMMENDATIONS, target.id, ['input', 'id']);
    assertOwnedBy(ctx.principal!, await responsibleOrganizationIdsOf(tx, target.id), RECOMMENDATION_EDITOR_SCOPE);
    checkVersion(target.id, current.version, input.version, ['input', 'version']);
    if (current.status === input.status) v.reject(['input', 'status'], recommendationRuleViolation('SAME_STATUS'));
    v.throwIfAny();
    const before = await recommendationSnapshot(tx, current);
    await updateRecommendationRow(tx, target.id, { status: input.status });
    const changeId = await insertStatusChange(tx, {
      recommendationId: target.id,
      fromStatus: current.status,
      toStatus: input.status,
      changedOn,
      note,
      apiKeyId: scope.actor.keyId,
      changedBy: null,
    });
    await citeSources(tx, scope, 'RecommendationStatusChange', changeId, sources);
    await citeSources(tx, scope, 'Recommendation', target.id, sources);
    await recordWrite(tx, scope, {
      action: 'UPDATE',
      recordType: 'Recommendation',
      recordId: target.id,
      before,
      after: await recommendationSnapshot(tx, target.id),
    });
    return target.id;
  });
  const { record, userErrors } = await writtenRecord(outcome, (id) => ctx.loaders.recommendationById.load(id));
  return { recommendation: record, userErrors };
}

export async function deleteRecommendation(
  ctx: Context,
  input: DeleteRecordInput,
): Promise<{ deletedRecommendationId: string | null; userErrors: UserErrorData[] }> {
  const { id, userErrors } = await deleteRecord(ctx, 'deleteRecommendation', RECOMMENDATIONS, input, {
    authorize: (principal) => assertAdmin(principal, 'delete recommendations'),
    snapshot: recommendationSnapshot,
    // Its status changes go with it (ON DELETE CASCADE); their citations do not.
    removeParts: (tx, _scope, recommendationId) => deleteStatusChangeCitations(tx, recommendationId),
  });
  return { deletedRecommendationId: id, userErrors };
}
