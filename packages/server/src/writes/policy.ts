import type { Principal } from '../auth/principal';
import { ForbiddenError } from '../errors';

/**
 * The access rules of writes. An ADMIN writes everything; an EDITOR writes what belongs to its
 * organization, which each feature's service states by naming the organizations a record belongs to.
 */
export function assertAdmin(principal: Principal, what: string): void {
  if (principal.role !== 'ADMIN') throw new ForbiddenError(`Only an ADMIN key may ${what}.`);
}

/** Passes an ADMIN, and an EDITOR whose organization is among `owners`. */
export function assertOwnedBy(principal: Principal, owners: Iterable<string | null | undefined>, what: string): void {
  if (principal.role === 'ADMIN') return;
  const organization = principal.organizationId;
  for (const owner of owners) if (owner && owner === organization) return;
  throw new ForbiddenError(`An EDITOR key may only ${what}; this key writes for another organization.`);
}

/** Passes an ADMIN, and an EDITOR whose organization is every one of `owners` (a record wholly its own). */
export function assertOwnedOnlyBy(principal: Principal, owners: ReadonlyArray<string | null | undefined>, what: string): void {
  assertOwnedBy(principal, owners, what);
  if (principal.role === 'ADMIN' || owners.every((owner) => owner === principal.organizationId)) return;
  throw new ForbiddenError(`An EDITOR key may only ${what}; this record belongs to other organizations too.`);
}

/** Passes an ADMIN; refuses an EDITOR that sends any of `fields` (which only an ADMIN may change). */
export function assertAdminFields(principal: Principal, input: object, fields: readonly string[], what: string): void {
  if (principal.role === 'ADMIN') return;
  const sent = fields.filter((field) => (input as Record<string, unknown>)[field] !== undefined);
  if (sent.length > 0) throw new ForbiddenError(`Only an ADMIN key may change ${what} (${sent.join(', ')}).`);
}
