import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Node } from '../../common/graphql';
import { decodeGlobalId, type DecodedId } from '../../common/global-id';
import { MAX_PAGE_SIZE } from '../../common/pagination';
import { BadUserInputError } from '../../errors';

function loadNode(ctx: Context, { type, id }: DecodedId): Promise<unknown> {
  const loaders = ctx.loaders;
  switch (type) {
    case 'Event': return loaders.eventById.load(id);
    case 'Organization': return loaders.organizationById.load(id);
    case 'Official': return loaders.officialById.load(id);
    case 'Region': return loaders.regionById.load(id);
    case 'Programme': return loaders.programmeById.load(id);
    case 'PilotRegion': return loaders.pilotRegionById.load(id);
    case 'Recommendation': return loaders.recommendationById.load(id);
    case 'Source': return loaders.sourceById.load(id);
  }
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any record by its global ID; null when there is none.' })
  node(@Arg('id', () => ID, { description: 'The global ID.' }) id: string, @Ctx() ctx: Context): Promise<unknown> {
    return loadNode(ctx, decodeGlobalId(id, 'id'));
  }

  @Query(() => [Node], { nullable: 'items', description: 'Records by their global IDs, in the same order; null for each ID with no record.' })
  nodes(@Arg('ids', () => [ID], { description: 'The global IDs (at most 100).' }) ids: string[], @Ctx() ctx: Context): Promise<unknown[]> {
    if (ids.length > MAX_PAGE_SIZE) throw new BadUserInputError(`ids takes at most ${MAX_PAGE_SIZE} IDs, got ${ids.length}`, 'ids');
    const decoded = ids.map((id, index) => decodeGlobalId(id, `ids[${index}]`));
    return Promise.all(decoded.map((d) => loadNode(ctx, d)));
  }
}
