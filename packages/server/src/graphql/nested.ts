import type { GraphQLResolveInfo } from 'graphql';
import type { Db } from '../sql/db';
import type { ArgumentLoaders } from '../sql/loaders';
import { batchedPages, type NestedListSpec, type Page, type PageArgs } from '../sql/pagination';
import { selectsField } from './selection';

/** What a nested page needs of the request: its database handle and its argument-keyed loaders. */
export interface NestedPageScope {
  db: Db;
  loaders: { pages: ArgumentLoaders };
}

/** A nested connection (an event's recommendations, …) loaded for all parents of a response at once. */
export function nestedPage<T>(
  scope: NestedPageScope,
  info: GraphQLResolveInfo,
  field: string,
  args: PageArgs & object,
  parentId: string,
  list: () => NestedListSpec,
): Promise<Page<T>> {
  const withTotalCount = selectsField(info, 'totalCount');
  const loader = scope.loaders.pages.get(`${field}:${withTotalCount}`, args, () => {
    const { spec, parentKey } = list();
    return batchedPages<T>(scope.db, spec, parentKey, args, { withTotalCount });
  });
  return loader.load(parentId);
}
