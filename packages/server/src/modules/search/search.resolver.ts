import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { search } from './search.service';
import { SearchConnection, SearchType } from './search.type';

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description:
      'Full-text search across events, organizations, officials and recommendations, best match first. Words match in English and Russian (with stemming) and in Kazakh by their plain forms; `websearch` syntax: "quoted phrases", OR, -excluded.',
  })
  search(
    @Arg('query', { description: 'The words to find.' }) query: string,
    @Arg('types', () => [SearchType], { nullable: true, description: 'Only these kinds of records; all when omitted.' })
    types: SearchType[] | undefined,
    @Arg('first', () => Int, { nullable: true, description: 'How many hits (default 20, at most 100).' }) first: number | undefined,
    @Arg('after', () => String, { nullable: true, description: 'Returns the hits after this cursor.' }) after: string | undefined,
    @Arg('last', () => Int, {
      nullable: true,
      description: 'Returns the last n hits before `before` (at most 100); without it, the last n of all.',
    })
    last: number | undefined,
    @Arg('before', () => String, { nullable: true, description: 'Returns the hits before this cursor.' }) before: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return search(ctx, { query, types, first, after, last, before });
  }
}
