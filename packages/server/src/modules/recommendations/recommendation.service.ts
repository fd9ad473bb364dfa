import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context';
import { nestedPage } from '../../graphql/nested';
import { requireReferences } from '../../graphql/references';
import type { Page } from '../../sql/pagination';
import type { OrganizationRow } from '../organizations/organization.store';
import { recommendationFilterReferences, type RecommendationsArgs } from './recommendation.inputs';
import { eventRecommendationsListSpec, recommendationsPage, type RecommendationRow } from './recommendation.store';

export async function listRecommendations(ctx: Context, args: RecommendationsArgs): Promise<Page<RecommendationRow>> {
  await requireReferences(ctx, recommendationFilterReferences(args.filter));
  return recommendationsPage(ctx.db, args);
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

/** The organizations responsible for a recommendation, in the order of their ids. */
export async function responsibleOrganizations(ctx: Context, recommendationId: string): Promise<OrganizationRow[]> {
  const links = await ctx.loaders.responsibleOrganizationIdsByRecommendationId.load(recommendationId);
  const organizations = await ctx.loaders.organizationById.loadMany(links.map((link) => link.organizationId));
  return organizations.filter((o): o is OrganizationRow => o !== null && !(o instanceof Error));
}
