import type { Context } from '../../context';
import { decodeTypedId, type DecodedId, type NodeType } from '../../common/global-id';
import { NotFoundError } from '../../errors';

/** Any record by its decoded global ID, through the request's loaders; null when there is none. */
export function loadNode(ctx: Context, { type, id }: DecodedId): Promise<unknown> {
  const loaders = ctx.loaders;
  switch (type) {
    case 'Event':
      return loaders.eventById.load(id);
    case 'Organization':
      return loaders.organizationById.load(id);
    case 'Official':
      return loaders.officialById.load(id);
    case 'Region':
      return loaders.regionById.load(id);
    case 'Programme':
      return loaders.programmeById.load(id);
    case 'PilotRegion':
      return loaders.pilotRegionById.load(id);
    case 'Recommendation':
      return loaders.recommendationById.load(id);
    case 'Source':
      return loaders.sourceById.load(id);
  }
}

/** An argument that names a record by ID: its path, the type it must be, and the ID given. */
export type Reference = readonly [argument: string, type: NodeType, globalId: string | null | undefined];

/**
 * Filters name records that must exist: a list "in region X" for an unknown X is a mistake to
 * report (NOT_FOUND, naming the argument), not an empty list. The look-ups share the request's
 * loaders, so a record the response needs anyway costs nothing more.
 */
export async function requireReferences(ctx: Context, references: readonly Reference[]): Promise<void> {
  await Promise.all(
    references.map(async ([argument, type, globalId]) => {
      if (globalId == null) return;
      const record = await loadNode(ctx, { type, id: decodeTypedId(globalId, type, argument) });
      if (record === null) throw new NotFoundError(`No ${type} has the ID "${globalId}"`, argument);
    }),
  );
}
