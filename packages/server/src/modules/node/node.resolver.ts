import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { decodeGlobalId } from '../../graphql/global-id';
import { Node } from '../../graphql/types';
import { MAX_PAGE_SIZE } from '../../sql/pagination';
import { BadUserInputError } from '../../errors';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any record by its global ID; null when there is none.' })
  node(@Arg('id', () => ID, { description: 'The global ID.' }) id: string, @Ctx() ctx: Context): Promise<unknown> {
    const decoded = decodeGlobalId(id, 'id');
    return ctx.loadNode(decoded.type, decoded.id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: 'Records by their global IDs, in the same order; null for each ID with no record.',
  })
  nodes(@Arg('ids', () => [ID], { description: 'The global IDs (at most 100).' }) ids: string[], @Ctx() ctx: Context): Promise<unknown[]> {
    if (ids.length > MAX_PAGE_SIZE) throw new BadUserInputError(`ids takes at most ${MAX_PAGE_SIZE} IDs, got ${ids.length}`, 'ids');
    const decoded = ids.map((id, index) => decodeGlobalId(id, `ids[${index}]`));
    return Promise.all(decoded.map((d) => ctx.loadNode(d.type, d.id)));
  }
}
