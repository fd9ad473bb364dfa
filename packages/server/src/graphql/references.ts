import { NotFoundError } from '../errors';
import { decodeTypedId } from './global-id';

/** An argument that names a record by ID: its path, the type it must be, and the ID given. */
export type Reference = readonly [argument: string, type: string, globalId: string | null | undefined];

/** How a request loads any record by type and database id (the context's node lookup). */
export interface NodeLoading {
  loadNode(type: string, id: string): Promise<unknown>;
}

/**
 * Filters name records that must exist: a list "in region X" for an unknown X is a mistake to
 * report (NOT_FOUND, naming the argument), not an empty list. The look-ups share the request's
 * loaders, so a record the response needs anyway costs nothing more.
 */
export async function requireReferences(scope: NodeLoading, references: readonly Reference[]): Promise<void> {
  await Promise.all(
    references.map(async ([argument, type, globalId]) => {
      if (globalId == null) return;
      const record = await scope.loadNode(type, decodeTypedId(globalId, type, argument));
      if (record === null) throw new NotFoundError(`No ${type} has the ID "${globalId}"`, argument);
    }),
  );
}
