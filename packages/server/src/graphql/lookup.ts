import type DataLoader from 'dataloader';
import { BadUserInputError } from '../errors';
import { decodeGlobalId } from './global-id';

/**
 * A single lookup by `id` or `slug` (exactly one). An unknown record, or an ID of another type,
 * gives null; a malformed ID is bad input.
 */
export async function lookupByIdOrSlug<T>(
  type: string,
  args: { id?: string | null; slug?: string | null },
  loaders: { byId: DataLoader<string, T | null>; bySlug: DataLoader<string, T | null> },
): Promise<T | null> {
  if ((args.id == null) === (args.slug == null)) {
    throw new BadUserInputError('Pass exactly one of id or slug', args.id == null ? 'id' : 'slug');
  }
  if (args.id != null) {
    const decoded = decodeGlobalId(args.id, 'id');
    return decoded.type === type ? loaders.byId.load(decoded.id) : null;
  }
  return loaders.bySlug.load(args.slug as string);
}
