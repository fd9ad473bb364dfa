import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { MaxItems } from '../../graphql/max-items';
import type { Language } from '@qorgau/schema';
import type { Context } from '../../context';
import { lookupByIdOrSlug } from '../../graphql/lookup';
import { toGlobalId } from '../../graphql/global-id';
import { LangArg } from '../../graphql/types';
import type { Page } from '../../sql/pagination';
import { MAX_BUCKETS } from '../../sql/grouping';
import type { EventRow } from '../events/event.store';
import { Event } from '../events/event.type';
import type { OrganizationRow } from '../organizations/organization.store';
import { Organization } from '../organizations/organization.type';
import { RecordResolver } from '../sources/record.resolver';
import { DeleteRecordInput } from '../../graphql/inputs';
import type { PayloadData } from '../../graphql/payload';
import { recordKey, type SourceRow } from '../sources/source.store';
import { Source } from '../sources/source.type';
import {
  CreateRecommendationInput,
  RecommendationStatsArgs,
  RecommendationsArgs,
  UpdateRecommendationInput,
  UpdateRecommendationStatusInput,
} from './recommendation.inputs';
import {
  createRecommendation,
  deleteRecommendation,
  listRecommendations,
  recommendationStats,
  responsibleOrganizations,
  updateRecommendation,
  updateRecommendationStatus,
} from './recommendation.service';
import type { RecommendationBucketRow, RecommendationRow, StatusChangeRow } from './recommendation.store';
import {
  CreateRecommendationPayload,
  DeleteRecommendationPayload,
  Recommendation,
  RecommendationBucket,
  RecommendationConnection,
  RecommendationStatusChange,
  UpdateRecommendationPayload,
  UpdateRecommendationStatusPayload,
} from './recommendation.type';

@Resolver(() => Recommendation)
export class RecommendationResolver extends RecordResolver(Recommendation, 'Recommendation') {
  @Query(() => Recommendation, {
    nullable: true,
    description: 'A recommendation by `id` or `slug` (exactly one); null when there is none.',
  })
  recommendation(
    @Arg('id', () => ID, { nullable: true, description: 'The global ID.' }) id: string | undefined,
    @Arg('slug', () => String, { nullable: true, description: 'The slug.' }) slug: string | undefined,
    @Ctx() ctx: Context,
  ): Promise<RecommendationRow | null> {
    return lookupByIdOrSlug(
      'Recommendation',
      { id, slug },
      { byId: ctx.loaders.recommendationById, bySlug: ctx.loaders.recommendationBySlug },
    );
  }

  @Query(() => RecommendationConnection, { description: 'Recommendations adopted at events, with their status.' })
  recommendations(@Args() args: RecommendationsArgs, @Ctx() ctx: Context): Promise<Page<RecommendationRow>> {
    return listRecommendations(ctx, args);
  }

  @MaxItems(MAX_BUCKETS)
  @Query(() => [RecommendationBucket], {
    description:
      'Recommendations counted per status, theme, responsible organization and event, with how many are overdue, for follow-up dashboards; one bucket per combination that has recommendations, in the order of `groupBy`.',
  })
  recommendationStats(@Args() args: RecommendationStatsArgs, @Ctx() ctx: Context): Promise<RecommendationBucketRow[]> {
    return recommendationStats(ctx, args);
  }

  @FieldResolver(() => String, { description: 'The text of the recommendation.' })
  text(@Root() row: RecommendationRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string {
    return ctx.text(row.text, lang) ?? '';
  }

  @FieldResolver(() => Event, { description: 'The event that adopted it.' })
  async event(@Root() row: RecommendationRow, @Ctx() ctx: Context): Promise<EventRow> {
    return (await ctx.loaders.eventById.load(row.eventId)) as EventRow;
  }

  @MaxItems(50)
  @FieldResolver(() => [Organization], {
    description: 'The organizations responsible for carrying it out; empty when the sources name none.',
  })
  responsibleOrganizations(@Root() row: RecommendationRow, @Ctx() ctx: Context): Promise<OrganizationRow[]> {
    return responsibleOrganizations(ctx, row.id);
  }

  @MaxItems(50)
  @FieldResolver(() => [RecommendationStatusChange], { description: 'Every change of its status, oldest first.' })
  history(@Root() row: RecommendationRow, @Ctx() ctx: Context): Promise<StatusChangeRow[]> {
    return ctx.loaders.historyByRecommendationId.load(row.id);
  }

  @FieldResolver(() => RecommendationStatusChange, {
    nullable: true,
    description: 'The latest change of its status (the last entry of `history`); null when it never changed.',
  })
  async lastStatusChange(@Root() row: RecommendationRow, @Ctx() ctx: Context): Promise<StatusChangeRow | null> {
    const history = await ctx.loaders.historyByRecommendationId.load(row.id);
    return history.at(-1) ?? null;
  }

  @Authorized()
  @Mutation(() => CreateRecommendationPayload, { nullable: true, description: 'Adds a recommendation adopted at an event (ADMIN only).' })
  createRecommendation(
    @Arg('input', { description: 'The recommendation.' }) input: CreateRecommendationInput,
    @Ctx() ctx: Context,
  ): Promise<PayloadData> {
    return createRecommendation(ctx, input);
  }

  @Authorized()
  @Mutation(() => UpdateRecommendationPayload, {
    nullable: true,
    description: 'Changes a recommendation (ADMIN only); its status changes with `updateRecommendationStatus`.',
  })
  updateRecommendation(
    @Arg('input', { description: 'The changes.' }) input: UpdateRecommendationInput,
    @Ctx() ctx: Context,
  ): Promise<PayloadData> {
    return updateRecommendation(ctx, input);
  }

  @Authorized()
  @Mutation(() => UpdateRecommendationStatusPayload, {
    nullable: true,
    description:
      'Moves a recommendation to a new status and appends the change to its history (an ADMIN, or an EDITOR of an organization responsible for it).',
  })
  updateRecommendationStatus(
    @Arg('input', { description: 'The new status, with a note and evidence.' }) input: UpdateRecommendationStatusInput,
    @Ctx() ctx: Context,
  ): Promise<PayloadData> {
    return updateRecommendationStatus(ctx, input);
  }

  @Authorized()
  @Mutation(() => DeleteRecommendationPayload, { nullable: true, description: 'Deletes a recommendation with its history (ADMIN only).' })
  deleteRecommendation(
    @Arg('input', { description: 'The recommendation and the version last read.' }) input: DeleteRecordInput,
    @Ctx() ctx: Context,
  ): Promise<PayloadData> {
    return deleteRecommendation(ctx, input);
  }
}

@Resolver(() => RecommendationStatusChange)
export class RecommendationStatusChangeResolver {
  @FieldResolver(() => ID, { description: 'The opaque ID of the status change (changes are never rewritten, so it lasts).' })
  id(@Root() row: StatusChangeRow): string {
    return toGlobalId('RecommendationStatusChange', row.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who changed the status.' })
  changedBy(@Root() row: StatusChangeRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string | null {
    return ctx.text(row.changedBy, lang);
  }

  @FieldResolver(() => String, { nullable: true, description: 'A note on the change.' })
  note(@Root() row: StatusChangeRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string | null {
    return ctx.text(row.note, lang);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organization whose key made the change through the API; null for changes taken from sources.',
  })
  organization(@Root() row: StatusChangeRow, @Ctx() ctx: Context): Promise<OrganizationRow | null> | null {
    return row.organizationId ? ctx.loaders.organizationById.load(row.organizationId) : null;
  }

  @MaxItems(20)
  @FieldResolver(() => [Source], { description: 'The documents that show the change (its evidence).' })
  sources(@Root() row: StatusChangeRow, @Ctx() ctx: Context): Promise<SourceRow[]> {
    return ctx.loaders.sourcesByRecord.load(recordKey('RecommendationStatusChange', row.id));
  }
}

@Resolver(() => RecommendationBucket)
export class RecommendationBucketResolver {
  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The responsible organization (split by RESPONSIBLE_ORGANIZATION); null for recommendations without one.',
  })
  responsibleOrganization(@Root() row: RecommendationBucketRow, @Ctx() ctx: Context): Promise<OrganizationRow | null> | null {
    return row.responsibleOrganizationId === null ? null : ctx.loaders.organizationById.load(row.responsibleOrganizationId);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event that adopted them (split by EVENT).' })
  event(@Root() row: RecommendationBucketRow, @Ctx() ctx: Context): Promise<EventRow | null> | null {
    return row.eventId === null ? null : ctx.loaders.eventById.load(row.eventId);
  }
}
