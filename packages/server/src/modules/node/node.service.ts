import type { DecodedId } from '../../graphql/global-id';
import { NODE_DEFINITIONS } from '../../modules';

/**
 * Any record by its decoded global ID, through the request's loaders; null when there is none.
 * Reads the registry: every feature's node types are found here without being listed again.
 */
export function loadNode(loaders: object, { type, id }: DecodedId): Promise<unknown> {
  const definition = NODE_DEFINITIONS.get(type);
  return definition ? definition.load(loaders, id) : Promise.resolve(null);
}

/** A record with a slug by its type and slug, through the request's loaders; null when there is none. */
export function loadNodeBySlug(loaders: object, type: string, slug: string): Promise<unknown> {
  const definition = NODE_DEFINITIONS.get(type);
  return definition?.loadBySlug ? definition.loadBySlug(loaders, slug) : Promise.resolve(null);
}
