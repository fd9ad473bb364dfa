import { UserErrorCode } from '@qorgau/schema';
import { assertUnreachable } from '../../errors';
import type { RuleViolation } from '../../writes/validation';

/** The rules of an organization that an input can break. */
export type OrganizationRule = 'CONTACT_NOT_AN_EMAIL' | 'CONTACT_TWICE' | 'PARENT_CYCLE' | 'BEDS_WITHOUT_CRISIS_BEDS';

/** What a client is told when an input breaks a rule of organizations. */
export function organizationRuleViolation(rule: OrganizationRule): RuleViolation {
  switch (rule) {
    case 'CONTACT_NOT_AN_EMAIL':
      return { code: UserErrorCode.INVALID, message: 'must be an e-mail address' };
    case 'CONTACT_TWICE':
      return { code: UserErrorCode.INVALID, message: 'is listed twice' };
    case 'BEDS_WITHOUT_CRISIS_BEDS':
      return { code: UserErrorCode.INVALID, message: 'counts crisis beds where hasCrisisBeds says there are none' };
    case 'PARENT_CYCLE':
      return { code: UserErrorCode.INVALID, message: 'is this organization or part of it: organizations cannot form a cycle' };
    default:
      return assertUnreachable(rule);
  }
}

/** What an EDITOR may do with organizations (FORBIDDEN otherwise). */
export const ORGANIZATION_EDITOR_SCOPE = "change its own organization's profile, contacts and service profile";

/** The fields of an organization that place it among the others: an ADMIN's to change. */
export const ORGANIZATION_ADMIN_FIELDS = ['kind', 'parent', 'slug'] as const;
