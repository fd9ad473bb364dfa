import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Language } from '@qorgau/schema';
import type { Context } from '../../context';
import { lookupByIdOrSlug } from '../../graphql/lookup';
import { LangArg } from '../../graphql/types';
import type { Page } from '../../sql/pagination';
import type { EventRow } from '../events/event.store';
import { Event } from '../events/event.type';
import type { OrganizationRow } from '../organizations/organization.store';
import { Organization } from '../organizations/organization.type';
import { RecordResolver } from '../sources/record.resolver';
import { RecommendationsArgs } from './recommendation.inputs';
import { listRecommendations, responsibleOrganizations } from './recommendation.service';
import type { RecommendationRow, StatusChangeRow } from './recommendation.store';
import { Recommendation, RecommendationConnection, RecommendationStatusChange } from './recommendation.type';

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
  responsibleOrganizations(@Root() row: RecommendationRow, @Ctx() ctx: Context): Promise<OrganizationRow[]> {
    return responsibleOrganizations(ctx, row.id);
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
