import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { batchedPages, type ListSpec, type Page, type PageArgs } from './pagination';
import { selectsField } from './selection';

/** A nested connection (an event's recommendations, …) loaded for all parents of a response at once. */
export function nestedPage<T>(
  ctx: Context,
  info: GraphQLResolveInfo,
  field: string,
  args: PageArgs & object,
  parentId: string,
  spec: () => ListSpec,
  parentKey: string,
): Promise<Page<T>> {
  const withTotalCount = selectsField(info, 'totalCount');
  const loader = ctx.loaders.pages.get(`${field}:${withTotalCount}`, args, () =>
    batchedPages<T>(ctx.db, spec(), parentKey, args, { withTotalCount }),
  );
  return loader.load(parentId);
}
