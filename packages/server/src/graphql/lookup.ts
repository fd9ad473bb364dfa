import type DataLoader from 'dataloader';
import { BadUserInputError } from '../errors';
import { decodeGlobalId } from './global-id';

/**
 * What a single lookup by `id` or `slug` (exactly one) asks for: the database id or the slug;
 * null for an ID of another type (which finds nothing). A malformed ID is bad input.
 */
export function lookupKey(type: string, args: { id?: string | null; slug?: string | null }): { id: string } | { slug: string } | null {
  if ((args.id == null) === (args.slug == null)) {
    throw new BadUserInputError('Pass exactly one of id or slug', args.id == null ? 'id' : 'slug');
  }
  if (args.id != null) {
    const decoded = decodeGlobalId(args.id, 'id');
    return decoded.type === type ? { id: decoded.id } : null;
  }
  return { slug: args.slug as string };
}

/** A single lookup by `id` or `slug` (see lookupKey): an unknown record gives null. */
export async function lookupByIdOrSlug<T>(
  type: string,
  args: { id?: string | null; slug?: string | null },
  loaders: { byId: DataLoader<string, T | null>; bySlug: DataLoader<string, T | null> },
): Promise<T | null> {
  const key = lookupKey(type, args);
  if (key === null) return null;
  return 'id' in key ? loaders.byId.load(key.id) : loaders.bySlug.load(key.slug);
}
