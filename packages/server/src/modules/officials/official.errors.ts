import { UserErrorCode } from '@qorgau/schema';
import { assertUnreachable } from '../../errors';
import type { RuleViolation } from '../../writes/validation';

/** The rules of officials and posts that an input can break. */
export type OfficialRule = 'POST_ENDS_BEFORE_START' | 'OFFICIAL_OR_NEW_OFFICIAL';

/** What a client is told when an input breaks a rule of officials and posts. */
export function officialRuleViolation(rule: OfficialRule): RuleViolation {
  switch (rule) {
    case 'POST_ENDS_BEFORE_START':
      return { code: UserErrorCode.INVALID, message: 'must be on or after startedOn' };
    case 'OFFICIAL_OR_NEW_OFFICIAL':
      return { code: UserErrorCode.REQUIRED, message: 'give exactly one of official and newOfficial' };
    default:
      return assertUnreachable(rule);
  }
}

/** What an EDITOR may do with officials and posts (FORBIDDEN otherwise). */
export const OFFICIAL_EDITOR_SCOPE = {
  official: 'change officials all of whose posts are in its organization',
  post: 'write posts in its organization',
} as const;
