import type { Context } from '../context';
import { batchedPages, type ListSpec, type Page, type PageArgs } from './pagination';

/** A nested connection (an event's recommendations, …) loaded for all parents of a response at once. */
export function nestedPage<T>(ctx: Context, field: string, args: PageArgs & object, parentId: string, spec: () => ListSpec, parentKey: string): Promise<Page<T>> {
  const loader = ctx.loaders.pages.get(field, args, () => batchedPages<T>(ctx.db, spec(), parentKey, args));
  return loader.load(parentId);
}
