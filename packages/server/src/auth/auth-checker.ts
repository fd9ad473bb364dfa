import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { Principal, Role } from './principal';

/**
 * TypeGraphQL's check behind `@Authorized(...)`: no key → UNAUTHENTICATED; a key whose role is not
 * listed → FORBIDDEN. Rules about organizations are the services' (writes/policy.ts).
 */
export const authChecker: AuthChecker<{ principal: Principal | null }, Role> = ({ context }, roles) => {
  const principal = context.principal;
  if (!principal) throw new UnauthenticatedError('This needs an API key: send it as "Authorization: Bearer <key>".');
  if (roles.length > 0 && !roles.includes(principal.role)) {
    throw new ForbiddenError(`This needs a key with the role ${roles.join(' or ')}; this key is ${principal.role}.`);
  }
  return true;
};
