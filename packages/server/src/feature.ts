import type { ClassType } from 'type-graphql';
import type { Db } from './sql/db';
import type { TypeModel } from './compiler/model';
import type { Columns, Table } from './sql/table';

/** A record type whose global IDs `node(id:)` resolves, through the feature's own loaders. */
export interface NodeDefinition<L> {
  typeName: string;
  load(loaders: L, id: string): Promise<unknown>;
  /** For records with slugs: one by its slug (filters take slugs where they take lists). */
  loadBySlug?(loaders: L, slug: string): Promise<unknown>;
}

/** A table that `search` ranks: its `search_vector` column, the record type, and the `SearchType` value. */
export interface SearchDefinition {
  /** The value of the `SearchType` enum (EVENT, …). */
  searchType: string;
  description: string;
  typeName: string;
  typeClass: ClassType;
  table: string;
}

/**
 * What one feature folder (`modules/<feature>/index.ts`) contributes. The registry (`modules.ts`)
 * lists every feature; the schema, the request's loaders, node lookup, global IDs and search read
 * that list, so adding a record type touches its folder and one line there.
 */
export interface Feature<L extends object, D extends object> {
  name: string;
  /** TypeGraphQL resolver classes. */
  resolvers: readonly ClassType[];
  /** Types the schema must have even where no field returns them directly (node types). */
  types?: readonly ClassType[];
  /**
   * The feature's DataLoaders of one request. `related` is the request's whole set of loaders
   * (filled as features are created), for the loaders a joined row primes.
   */
  createLoaders?(db: Db, related: D): L;
  nodes?: ReadonlyArray<NodeDefinition<L>>;
  /** Types with global IDs that `node(id:)` does not return (API keys: admins only). */
  otherIdTypes?: readonly string[];
  search?: readonly SearchDefinition[];
  /** How the read compiler reads the feature's GraphQL types (and its root fields, as type `Query`). */
  models?: readonly TypeModel[];
  /** Every table the feature's store declares (checked against the migrated database by a test). */
  tables: ReadonlyArray<Table<Columns>>;
}

/** Declares a feature; the type parameters come from its loaders. */
export function defineFeature<L extends object, D extends object = object>(feature: Feature<L, D>): Feature<L, D> {
  return feature;
}
