import { UserErrorCode } from '@qorgau/schema';
import { assertUnreachable } from '../../errors';
import type { RuleViolation } from '../../writes/validation';
import { SUBMISSION_SLUG_PREFIX } from './source.store';

/** The rules of sources that an input can break. */
export type SourceRule = 'SUBMISSION_KIND' | 'SUBMISSION_NOT_EDITABLE' | 'RESERVED_SLUG';

/** What a client is told when an input breaks a rule of sources. */
export function sourceRuleViolation(rule: SourceRule): RuleViolation {
  switch (rule) {
    case 'SUBMISSION_KIND':
      return { code: UserErrorCode.INVALID, message: 'API_SUBMISSION sources are made by the API itself for writes that cite no document' };
    case 'SUBMISSION_NOT_EDITABLE':
      return { code: UserErrorCode.INVALID, message: 'API_SUBMISSION sources are kept by the API and not edited' };
    case 'RESERVED_SLUG':
      return {
        code: UserErrorCode.INVALID,
        message: `slugs starting with "${SUBMISSION_SLUG_PREFIX}" are kept for the API's own API_SUBMISSION sources`,
      };
    default:
      return assertUnreachable(rule);
  }
}
