import { NotFoundError } from '../errors';
import type { RecordKey } from '../sql/fragments';
import { decodeTypedId, looksLikeGlobalId } from './global-id';

/**
 * An argument that names a record: its path, the type it must be, the value given, and whether a
 * slug may stand for the ID (the list filters, `filter.regions`) or only an ID (the older singular
 * ones, `filter.region`, which keep refusing anything else as a malformed ID).
 */
export type Reference = readonly [argument: string, type: string, value: string | null | undefined, accepts?: 'id' | 'idOrSlug'];

/** How a request loads any record by type and database id or slug (the context's node lookup). */
export interface NodeLoading {
  loadNode(type: string, id: string): Promise<unknown>;
  loadNodeBySlug(type: string, slug: string): Promise<unknown>;
}

/**
 * A record named by ID or slug, as the writes take them: a value shaped like a global ID must be
 * one of `type` (BAD_USER_INPUT at `argument` otherwise); anything else is a slug.
 */
export function recordKeyOf(value: string, type: string, argument: string): RecordKey {
  return looksLikeGlobalId(value) ? { id: decodeTypedId(value, type, argument) } : { slug: value };
}

/** The records a list filter (`filter.regions`) names, each by ID or slug; none when it is not given. */
export function recordKeys(values: readonly string[] | null | undefined, type: string, argument: string): RecordKey[] {
  return (values ?? []).map((value, index) => recordKeyOf(value, type, `${argument}[${index}]`));
}

/** The references of a list filter, each item by ID or slug, at its own path (`filter.regions[1]`). */
export function listReferences(argument: string, type: string, values: readonly string[] | null | undefined): Reference[] {
  return (values ?? []).map((value, index) => [`${argument}[${index}]`, type, value, 'idOrSlug'] as const);
}

/**
 * Filters name records that must exist: a list "in region X" for an unknown X is a mistake to
 * report (NOT_FOUND, naming the argument), not an empty list. The look-ups share the request's
 * loaders, so a record the response needs anyway costs nothing more.
 */
export async function requireReferences(scope: NodeLoading, references: readonly Reference[]): Promise<void> {
  await Promise.all(
    references.map(async ([argument, type, value, accepts = 'id']) => {
      if (value == null) return;
      if (accepts === 'id') {
        const record = await scope.loadNode(type, decodeTypedId(value, type, argument));
        if (record === null) throw new NotFoundError(`No ${type} has the ID "${value}"`, argument);
        return;
      }
      const key = recordKeyOf(value, type, argument);
      const record = 'id' in key ? await scope.loadNode(type, key.id) : await scope.loadNodeBySlug(type, key.slug);
      if (record === null) throw new NotFoundError(`No ${type} has the ID or slug "${value}"`, argument);
    }),
  );
}
