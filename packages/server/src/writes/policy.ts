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
