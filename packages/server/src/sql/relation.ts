/**
 * The rows that belong to a parent record (an event's organizers, a region's children), declared
 * once in the feature's store: the loader that fetches them for many parents and the read model
 * that selects them under one parent both read this.
 */
export interface Relation {
  /** The FROM clause binding the related rows to `item` (a link table joined in as `${item}_l`). */
  from(item: string): string;
  /** SQL of the parent's id for the rows bound to `item`. */
  parentKey(item: string): string;
  /** The rows' order under one parent. */
  order(item: string): string;
}

export function defineRelation(relation: Relation): Relation {
  return relation;
}
