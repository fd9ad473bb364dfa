import { Extensions } from 'type-graphql';

/** The extension key that `@MaxItems` sets on a plain list field (read by limits/query-cost.ts). */
export const MAX_ITEMS_EXTENSION = 'maxItems';

/**
 * The most items a plain (unpaged) list of objects holds: what the query cost counts for it, since
 * it has no page size. Lists that one input sets are capped by the input limit (100); lists that
 * grow through separate writes (a region's children, an official's posts) carry the domain's bound.
 */
export function MaxItems(items: number): MethodDecorator & PropertyDecorator {
  return Extensions({ [MAX_ITEMS_EXTENSION]: items });
}
