import { UserErrorCode } from '@qorgau/schema';
import type { Principal } from '../auth/principal';
import type { WriteScope } from '../audit/recorder';
import type { Context } from '../context';
import { toGlobalId } from '../graphql/global-id';
import type { UserErrorData } from '../graphql/user-errors';
import { UnauthenticatedError } from '../errors';
import type { Tx } from '../sql/db';
import { pgErrorOf } from '../sql/errors';
import { UserInputError } from './validation';

/** What a mutation's writes came to: the value its work returned, or the user errors that refused it. */
export type WriteOutcome<R> = { ok: true; value: R } | { ok: false; userErrors: UserErrorData[]; currentRecordId: string | null };

/** The write scope of a request's principal: its key, and the organization it writes for. */
export function scopeOf(principal: Principal, operation: string, requestId: string | null): WriteScope {
  return { actor: { keyId: principal.keyId, name: principal.name, organizationId: principal.organizationId }, operation, requestId };
}

/**
 * Runs one mutation's writes in one transaction, with the request's key as their author. A
 * `UserInputError` (and a constraint a concurrent write broke) rolls everything back and comes back
 * as user errors; any other error rolls back and propagates (FORBIDDEN, internal errors). After a
 * commit the request's loaders are dropped: a write can change any list or relation they cached.
 */
export async function runWrite<R>(
  ctx: Context,
  operation: string,
  work: (tx: Tx, scope: WriteScope) => Promise<R>,
): Promise<WriteOutcome<R>> {
  const principal = ctx.principal;
  if (!principal) throw new UnauthenticatedError('This needs an API key: send it as "Authorization: Bearer <key>".');
  const scope = scopeOf(principal, operation, ctx.requestId);
  try {
    const value = await ctx.db.transaction(operation, (tx) => work(tx, scope));
    ctx.resetLoaders();
    return { ok: true, value };
  } catch (error) {
    const refused = error instanceof UserInputError ? error : constraintAsUserError(error);
    if (!refused) throw error;
    return { ok: false, userErrors: refused.errors, currentRecordId: refused.currentRecordId };
  }
}

/**
 * Constraints are checked before writing; these map what a concurrent write can still break
 * between the check and the commit (a slug taken meanwhile, a referenced record deleted).
 */
function constraintAsUserError(error: unknown): UserInputError | null {
  const pg = pgErrorOf(error);
  if (!pg) return null;
  if (pg.code === '23505' && pg.constraint?.endsWith('_slug_key')) {
    return new UserInputError([{ field: ['input', 'slug'], message: 'is taken by another record', code: UserErrorCode.TAKEN }]);
  }
  if (pg.code === '23505') {
    return new UserInputError([
      { field: null, message: 'conflicts with a record written at the same time; read again and retry', code: UserErrorCode.CONFLICT },
    ]);
  }
  if (pg.code === '40P01' || pg.code === '40001') {
    // Two writes waited for each other (or could not be ordered): PostgreSQL ended this one.
    return new UserInputError([
      { field: null, message: 'ran into a write made at the same time; read again and retry', code: UserErrorCode.CONFLICT },
    ]);
  }
  if (pg.code === '23503') {
    return new UserInputError([
      { field: null, message: 'refers to a record that was deleted, or is still referred to by others', code: UserErrorCode.NOT_FOUND },
    ]);
  }
  return null;
}

/**
 * The record a create or update wrote, loaded through the request's (fresh) loaders; after a
 * CONFLICT, the record as it stands; with the user errors.
 */
export async function writtenRecord<T>(
  outcome: WriteOutcome<string>,
  load: (id: string) => Promise<T | null>,
): Promise<{ record: T | null; userErrors: UserErrorData[] }> {
  if (outcome.ok) return { record: await load(outcome.value), userErrors: [] };
  return { record: outcome.currentRecordId ? await load(outcome.currentRecordId) : null, userErrors: outcome.userErrors };
}

/** The global ID a deleted record had, with the user errors. */
export function deletedRecord(outcome: WriteOutcome<string>, typeName: string): { id: string | null; userErrors: UserErrorData[] } {
  return outcome.ok ? { id: toGlobalId(typeName, outcome.value), userErrors: [] } : { id: null, userErrors: outcome.userErrors };
}
