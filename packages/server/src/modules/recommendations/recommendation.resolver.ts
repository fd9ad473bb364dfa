import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Language } from '@qorgau/schema';
import type { Context } from '../../context';
import { LangArg } from '../../common/graphql';
import { lookupByIdOrSlug } from '../../common/lookup';
import type { Page } from '../../common/pagination';
import { RecordResolver } from '../../common/record';
import { requireReferences } from '../node/node.service';
import { Event, type EventRow } from '../events/event.type';
import { Organization, type OrganizationRow } from '../organizations/organization.type';
import { RecommendationsArgs, recommendationFilterReferences } from './recommendation.inputs';
import { listRecommendations } from './recommendation.service';
import {
  Recommendation,
  RecommendationConnection,
  RecommendationStatusChange,
  type RecommendationRow,
  type StatusChangeRow,
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
  async recommendations(@Args() args: RecommendationsArgs, @Ctx() ctx: Context): Promise<Page<RecommendationRow>> {
    await requireReferences(ctx, recommendationFilterReferences(args.filter));
    return listRecommendations(ctx.db, args);
  }

  @FieldResolver(() => String, { description: 'The text of the recommendation.' })
  text(@Root() row: RecommendationRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string {
    return ctx.text(row.text, lang) ?? '';
  }

  @FieldResolver(() => Event, { description: 'The event that adopted it.' })
  async event(@Root() row: RecommendationRow, @Ctx() ctx: Context): Promise<EventRow> {
    return (await ctx.loaders.eventById.load(row.eventId)) as EventRow;
  }

  @FieldResolver(() => [Organization], {
    description: 'The organizations responsible for carrying it out; empty when the sources name none.',
  })
  async responsibleOrganizations(@Root() row: RecommendationRow, @Ctx() ctx: Context): Promise<OrganizationRow[]> {
    const links = await ctx.loaders.responsibleOrganizationIdsByRecommendationId.load(row.id);
    const organizations = await ctx.loaders.organizationById.loadMany(links.map((link) => link.organizationId));
    return organizations.filter((o): o is OrganizationRow => o !== null && !(o instanceof Error));
  }

  @FieldResolver(() => [RecommendationStatusChange], { description: 'Every change of its status, oldest first.' })
  history(@Root() row: RecommendationRow, @Ctx() ctx: Context): Promise<StatusChangeRow[]> {
    return ctx.loaders.historyByRecommendationId.load(row.id);
  }
}

@Resolver(() => RecommendationStatusChange)
export class RecommendationStatusChangeResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Who changed the status.' })
  changedBy(@Root() row: StatusChangeRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string | null {
    return ctx.text(row.changedBy, lang);
  }

  @FieldResolver(() => String, { nullable: true, description: 'A note on the change.' })
  note(@Root() row: StatusChangeRow, @LangArg() lang: Language | undefined, @Ctx() ctx: Context): string | null {
    return ctx.text(row.note, lang);
  }
}
